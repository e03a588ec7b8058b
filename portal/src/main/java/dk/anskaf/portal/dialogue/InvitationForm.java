package dk.anskaf.portal.dialogue;

import dk.anskaf.dialogue.client.DialogueClient;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What "Inviter leverandør" posts (DOMAIN.md §5.7), kept as typed when refused: an organisation found
 * by search ({@code organisation} its id) or a new one ({@code organisation=ny} with name and CVR), the
 * contact's address, and the mail's Overskrift and Besked.
 */
public record InvitationForm(
        @Nullable String organisation,
        @Nullable String newName,
        @Nullable String newCvr,
        @Nullable String email,
        @Nullable String subject,
        @Nullable String message) {

    static final String NEW = "ny";

    /**
     * The mail's first text, in Danish whatever the purchaser's language: it goes to the supplier. The
     * purchaser may change it before sending.
     */
    static InvitationForm prefilled(DialogueClient.Dialogue dialogue, DanishTime time) {
        String subject = "Invitation til at besvare krav i markedsdialogen \"" + dialogue.title() + "\"";
        String message = """
                Kære leverandør

                %s inviterer jer til at besvare kravene i markedsdialogen "%s". Brug linket i denne mail til at \
                logge ind, og angiv for hvert krav, om jeres løsning kan imødekomme det.

                Svarfristen er %s (dansk tid).

                Venlig hilsen
                %s""".formatted(
                        dialogue.ownerName(), dialogue.title(), time.show(dialogue.deadline()), dialogue.ownerName());
        return new InvitationForm(null, "", "", "", subject, message);
    }

    public boolean chose(String value) {
        return value.equals(organisation);
    }

    /** @return empty when no organisation was chosen, or the choice is not an organisation's id */
    Optional<DialogueClient.Invitation> toInvitation() {
        if (NEW.equals(organisation)) {
            return Optional.of(new DialogueClient.Invitation(
                    null, new DialogueClient.NewOrganisation(newName, newCvr), email, subject, message));
        }
        try {
            return organisation == null
                    ? Optional.empty()
                    : Optional.of(new DialogueClient.Invitation(
                            UUID.fromString(organisation), null, email, subject, message));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
