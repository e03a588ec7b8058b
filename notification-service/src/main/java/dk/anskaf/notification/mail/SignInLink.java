package dk.anskaf.notification.mail;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;

/**
 * Where a queued message's sign-in link goes, and for whom identity issues it. The stored message holds
 * a random marker in place of the link, so the link exists only in the message handed to SMTP: never in
 * the table, the delivery log or a log line. The marker is random per message, so text a purchaser typed
 * (an invitation's message saying "{link}") can never be taken for it.
 *
 * @param email the address identity issues the link for (the recipient)
 * @param dialogueId the dialogue it leads to; null lets identity choose the latest
 * @param marker what stands in the stored subject, text and HTML where the link goes
 */
public record SignInLink(String email, @Nullable Long dialogueId, String marker) {

    public static SignInLink forRecipient(String email, @Nullable Long dialogueId) {
        return new SignInLink(email, dialogueId, "{link:" + UUID.randomUUID() + "}");
    }

    /** The plain-text part or subject with the link in place of the marker. */
    String fillText(String text, String url) {
        return text.replace(marker, url);
    }

    /** The HTML part with a clickable, escaped link in place of the marker. */
    String fillHtml(String html, String url) {
        String escaped = HtmlUtils.htmlEscape(url, "UTF-8");
        return html.replace(marker, "<a href=\"" + escaped + "\">" + escaped + "</a>");
    }
}
