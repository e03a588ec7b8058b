package dk.anskaf.dialogue.dialogue;

import dk.anskaf.platform.errors.DomainException;

/**
 * The dialogue's domain errors. Each is a slug of the problem bundle ({@code anskaf/problems}, Danish and
 * English); the platform maps its kind to status and type (docs/api.md).
 */
public final class DialogueRefused {

    private DialogueRefused() {}

    /** 404: no such dialogue for the caller (another municipality's is hidden by row-level security). */
    public static final class NotFound extends DomainException {
        public NotFound(long id) {
            super(Kind.NOT_FOUND, "dialogue-not-found", id);
        }
    }

    /** 409 {@code dialogue-not-draft}: the step needs an Udkast (activation, requirement edits). */
    public static final class NotDraft extends DomainException {
        public NotDraft(long id) {
            super(Kind.CONFLICT, "dialogue-not-draft", id);
        }
    }

    /** 409 {@code dialogue-frozen}: once active only the contact e-mail (and the deadline) change. */
    static final class Frozen extends DomainException {
        Frozen(long id) {
            super(Kind.CONFLICT, "dialogue-frozen", id);
        }
    }

    /** 409 {@code dialogue-closed}: a cancelled or archived dialogue is not changed any more. */
    static final class Closed extends DomainException {
        Closed(long id) {
            super(Kind.CONFLICT, "dialogue-closed", id);
        }
    }

    /** 409 {@code dialogue-not-active}: postponing needs Aktiv or Besvaret; closing needs Aktiv. */
    static final class NotActive extends DomainException {
        NotActive(long id) {
            super(Kind.CONFLICT, "dialogue-not-active", id);
        }
    }

    /** 409 {@code dialogue-not-cancellable}: only an Udkast or Aktiv dialogue is cancelled. */
    static final class NotCancellable extends DomainException {
        NotCancellable(long id) {
            super(Kind.CONFLICT, "dialogue-not-cancellable", id);
        }
    }

    /** 409 {@code dialogue-without-requirements}: a dialogue is activated with at least one requirement. */
    static final class WithoutRequirements extends DomainException {
        WithoutRequirements(long id) {
            super(Kind.CONFLICT, "dialogue-without-requirements", id);
        }
    }

    /** 409 {@code deadline-not-reached}: the job closes a dialogue only once its deadline has passed. */
    static final class DeadlineNotReached extends DomainException {
        DeadlineNotReached(long id) {
            super(Kind.CONFLICT, "deadline-not-reached", id);
        }
    }

    /** 400 on {@code deadline}: "Du skal sætte en svarfrist". */
    static final class DeadlineMissing extends DomainException {
        DeadlineMissing() {
            super("deadline", "deadline-missing");
        }
    }

    /** 400 on {@code deadline}: a deadline lies in the future. */
    static final class DeadlineInPast extends DomainException {
        DeadlineInPast() {
            super("deadline", "deadline-in-past");
        }
    }

    /** 400 on {@code deadline}: a postponement moves the deadline later. */
    static final class DeadlineNotLater extends DomainException {
        DeadlineNotLater() {
            super("deadline", "deadline-not-later");
        }
    }

    /** 400 on {@code reason}: postponing and cancelling say why ("Angiv årsag"). */
    static final class ReasonMissing extends DomainException {
        ReasonMissing() {
            super("reason", "reason-missing");
        }
    }

    /** 400 on the named field of a dialogue's fields (title, description, contactEmail, domainIds). */
    static final class InvalidField extends DomainException {
        InvalidField(String field, String slug) {
            super(field, slug);
        }
    }
    // ---- Lifecycle (#15) ----

    /** 409 {@code dialogue-choice-not-open}: a supplier is chosen in Besvaret (or archived from it) only. */
    static final class ChoiceNotOpen extends DomainException {
        ChoiceNotOpen(long id) {
            super(Kind.CONFLICT, "dialogue-choice-not-open", id);
        }
    }

    /** 400 on {@code answerSetId}: not an answer set of this dialogue. */
    static final class ChoiceNotInDialogue extends DomainException {
        ChoiceNotInDialogue() {
            super("answerSetId", "dialogue-choice-unknown");
        }
    }

    /** 409 {@code dialogue-choice-declined}: the organisation declined to answer. */
    static final class ChoiceDeclined extends DomainException {
        ChoiceDeclined(String organisation) {
            super(Kind.CONFLICT, "dialogue-choice-declined", organisation);
        }
    }

    /** 409 {@code dialogue-choice-elaboration-pending}: Uddybning krævet until the supplier sends it back. */
    static final class ChoiceAwaitsElaboration extends DomainException {
        ChoiceAwaitsElaboration(String organisation) {
            super(Kind.CONFLICT, "dialogue-choice-elaboration-pending", organisation);
        }
    }

    /** 409 {@code dialogue-choice-not-answered}: neither finished nor any answer before the deadline. */
    static final class ChoiceNotAnswered extends DomainException {
        ChoiceNotAnswered(String organisation) {
            super(Kind.CONFLICT, "dialogue-choice-not-answered", organisation);
        }
    }

    /** 409 {@code dialogue-not-archivable}: only Besvaret or Annulleret is archived. */
    static final class NotArchivable extends DomainException {
        NotArchivable(long id) {
            super(Kind.CONFLICT, "dialogue-not-archivable", id);
        }
    }

    /** 409 {@code dialogue-archive-without-supplier}: confirm archiving a Besvaret dialogue nobody was chosen in. */
    static final class ArchiveWithoutSupplier extends DomainException {
        ArchiveWithoutSupplier(long id) {
            super(Kind.CONFLICT, "dialogue-archive-without-supplier", id);
        }
    }

    /** 409 {@code dialogue-not-archived}: only an archived dialogue is restored. */
    static final class NotArchived extends DomainException {
        NotArchived(long id) {
            super(Kind.CONFLICT, "dialogue-not-archived", id);
        }
    }

    /** 409 {@code dialogue-already-deleted}. */
    static final class AlreadyDeleted extends DomainException {
        AlreadyDeleted(long id) {
            super(Kind.CONFLICT, "dialogue-already-deleted", id);
        }
    }

    /** 409 {@code dialogue-not-deleted}: only a deleted dialogue is brought back. */
    static final class NotDeleted extends DomainException {
        NotDeleted(long id) {
            super(Kind.CONFLICT, "dialogue-not-deleted", id);
        }
    }
}
