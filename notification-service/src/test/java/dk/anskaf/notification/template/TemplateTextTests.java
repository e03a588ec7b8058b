package dk.anskaf.notification.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateTextTests {

    private static final Map<Placeholder, String> VALUES = Map.of(
            Placeholder.MARKEDSDIALOG, "Nyt ESDH",
            Placeholder.BESKED, "<b>Hej</b> {markedsdialog}",
            Placeholder.LINK, "https://anskaf.example/d/1");

    @Test
    void fillsPlaceholdersOnceSoAValueCannotExpandAnother() {
        String text = TemplateText.plainText("Dialog {markedsdialog}: {besked}", VALUES);

        assertThat(text).isEqualTo("Dialog Nyt ESDH: <b>Hej</b> {markedsdialog}\n");
    }

    @Test
    void escapesTemplateAndValuesInHtmlAndLinksOnlyTheLink() {
        String html = TemplateText.html("Emne", "<i>Se</i> {besked}\n\nÅbn {link}", VALUES);

        assertThat(html)
                .contains("<p>&lt;i&gt;Se&lt;/i&gt; &lt;b&gt;Hej&lt;/b&gt; {markedsdialog}</p>")
                .contains("<p>Åbn <a href=\"https://anskaf.example/d/1\">https://anskaf.example/d/1</a></p>");
    }

    @Test
    void aLinkThatIsNotHttpStaysText() {
        String html = TemplateText.html("Emne", "{link}", Map.of(Placeholder.LINK, "javascript:alert(1)"));

        assertThat(html).contains("<p>javascript:alert(1)</p>").doesNotContain("<a ");
    }

    @Test
    void subjectIsOneLineAndBounded() {
        String subject = TemplateText.subject(
                "Om {besked}", Map.of(Placeholder.BESKED, "linje 1\r\nBcc: x@y.example\n" + "a".repeat(400)));

        assertThat(subject).doesNotContain("\n").doesNotContain("\r").startsWith("Om linje 1 Bcc: x@y.example a");
        assertThat(subject).hasSize(250).endsWith("…");
    }

    @Test
    void reportsPlaceholdersTheTypeCannotFillButLeavesOtherBracesAlone() {
        var allowed = EnumSet.of(Placeholder.MARKEDSDIALOG, Placeholder.BESKED);

        assertThat(TemplateText.unknownPlaceholders(
                        "{markedsdialog} {kravid} {ukendt} {ukendt} { mellemrum } [bilag 2] {besked}", allowed))
                .containsExactly("kravid", "ukendt");
    }

    @Test
    void danishLettersArePartOfPlaceholderNames() {
        String text = TemplateText.plainText("Kære {leverandør}", Map.of(Placeholder.LEVERANDOER, "Eksempel A/S"));

        assertThat(text).isEqualTo("Kære Eksempel A/S\n");
    }

    @Test
    void everyDefaultTemplateUsesOnlyItsOwnPlaceholders() {
        for (MessageType type : MessageType.values()) {
            assertThat(TemplateText.unknownPlaceholders(
                            type.defaultSubject() + type.defaultBody(), type.placeholders()))
                    .as(type.key())
                    .isEmpty();
        }
    }
}
