package dk.anskaf.notification.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The default texts come from resource files, one per message type, unchanged by the move. */
class DefaultTextsTests {

    @Test
    void everyMessageTypeHasATitleAOneLineSubjectAndABody() {
        for (MessageType type : MessageType.values()) {
            assertThat(type.title()).as(type.key()).isNotBlank();
            assertThat(type.defaultSubject()).as(type.key()).isNotBlank().doesNotContain("\n");
            assertThat(type.defaultBody())
                    .as(type.key())
                    .isNotBlank()
                    .isEqualTo(type.defaultBody().strip());
        }
    }

    @Test
    void theInvitationReadsAsItDidWhenItsTextLivedInTheCode() {
        MessageType invitation = MessageType.INVITATION;

        assertThat(invitation.title()).isEqualTo("Invitation til leverandør");
        assertThat(invitation.defaultSubject())
                .isEqualTo("Invitation til at besvare krav i markedsdialogen \"{markedsdialog}\"");
        assertThat(invitation.defaultBody()).isEqualTo("""
                        Kære {leverandør}

                        {kommune} inviterer jer til at besvare kravene i markedsdialogen "{markedsdialog}".

                        Besked fra kommunen:
                        {besked}

                        Svarfristen er {sluttid}. I åbner dialogen og logger ind her: {link}

                        Har I spørgsmål, så skriv til {kontaktemail}.

                        Venlig hilsen
                        {kommune}""");
    }

    @Test
    void aFileWithoutTitleAndSubjectIsRefusedNamingTheFile() {
        assertThatThrownBy(() -> DefaultTexts.parse("mail-templates/da/x.txt", "Kære {leverandør}\n\nHej"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("mail-templates/da/x.txt");
    }

    @Test
    void aFileWithWindowsLineEndingsReadsTheSame() {
        DefaultTexts texts = DefaultTexts.parse("x", "title: T\r\nsubject: S\r\n\r\nLinje 1\r\n\r\nLinje 2\r\n");

        assertThat(texts).isEqualTo(new DefaultTexts("T", "S", "Linje 1\n\nLinje 2"));
    }
}
