package dk.anskaf.dialogue.invitation;

import dk.anskaf.platform.errors.DomainException;

/** The invitation feature's domain errors (slugs of {@code anskaf/problems}). */
final class InvitationRefused {

    private InvitationRefused() {}

    /** 404: no such dialogue for the caller's municipality (or a draft, which has no suppliers). */
    static final class DialogueNotFound extends DomainException {
        DialogueNotFound(long dialogueId) {
            super(Kind.NOT_FOUND, "invitation-dialogue-not-found", dialogueId);
        }
    }

    /** 409 {@code invitation-dialogue-not-active}: suppliers are invited only while Aktiv and before the deadline. */
    static final class NotActive extends DomainException {
        NotActive(long dialogueId) {
            super(Kind.CONFLICT, "invitation-dialogue-not-active", dialogueId);
        }
    }

    /** 400 on {@code organisationId}: neither an organisation nor a new one was given, or both. */
    static final class OrganisationMissing extends DomainException {
        OrganisationMissing() {
            super("organisationId", "invitation-organisation-missing");
        }
    }

    /** 400 on {@code organisationId}: no such organisation. */
    static final class OrganisationUnknown extends DomainException {
        OrganisationUnknown() {
            super("organisationId", "invitation-organisation-unknown");
        }
    }
}
