package dk.anskaf.notification.promotion;

import dk.anskaf.notification.mail.OutgoingMail;
import org.springframework.web.util.HtmlUtils;

/**
 * "Ny anmodning om tværkommunalt krav" to a member of the editorial board. Every value from the event is
 * user-supplied text: escaped in the HTML part and stripped of line breaks in the subject.
 */
final class BoardMail {

    static final String TEMPLATE = "promotion-requested";

    private BoardMail() {}

    static OutgoingMail render(PromotionRequested event, String recipient) {
        String municipality = orDefault(event.municipalityName(), "En kommune");
        String subject = oneLine("Ny anmodning om tværkommunalt krav: " + event.requirementName());
        String text = """
                Kære kravredaktion

                %s anmoder om, at et lokalt krav bliver ophøjet til den tværkommunale kravbank.

                Krav: %s (id %d)
                Kategori: %s
                Prioritet: %s
                Anmodet af: %s <%s>

                Begrundelse:
                %s

                Anmodningen ligger i køen "Anmodninger der afventer godkendelse" til næste møde i kravredaktionen.

                Venlig hilsen
                Anskaf på vegne af %s
                """.formatted(
                        municipality,
                        event.requirementName(),
                        event.requirementId(),
                        event.category(),
                        event.priority(),
                        event.requestedByName(),
                        event.requestedByEmail(),
                        event.reason(),
                        municipality);
        String html = """
                <!DOCTYPE html>
                <html lang="da"><head><meta charset="utf-8"><title>%s</title></head>
                <body>
                <p>Kære kravredaktion</p>
                <p>%s anmoder om, at et lokalt krav bliver ophøjet til den tværkommunale kravbank.</p>
                <table>
                <tr><th scope="row">Krav</th><td>%s (id %d)</td></tr>
                <tr><th scope="row">Kategori</th><td>%s</td></tr>
                <tr><th scope="row">Prioritet</th><td>%s</td></tr>
                <tr><th scope="row">Anmodet af</th><td>%s &lt;%s&gt;</td></tr>
                </table>
                <h2>Begrundelse</h2>
                <p style="white-space: pre-line">%s</p>
                <p>Anmodningen ligger i køen &quot;Anmodninger der afventer godkendelse&quot; til næste møde i kravredaktionen.</p>
                <p>Venlig hilsen<br>Anskaf på vegne af %s</p>
                </body></html>
                """.formatted(
                        esc(subject),
                        esc(municipality),
                        esc(event.requirementName()),
                        event.requirementId(),
                        esc(event.category()),
                        esc(event.priority()),
                        esc(event.requestedByName()),
                        esc(event.requestedByEmail()),
                        esc(event.reason()),
                        esc(municipality));
        return new OutgoingMail(TEMPLATE, recipient, municipality, event.requestedByEmail(), subject, text, html);
    }

    private static String esc(String value) {
        return HtmlUtils.htmlEscape(value == null ? "" : value, "UTF-8");
    }

    private static String oneLine(String value) {
        return value.replaceAll("[\\r\\n\\t]+", " ").strip();
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
