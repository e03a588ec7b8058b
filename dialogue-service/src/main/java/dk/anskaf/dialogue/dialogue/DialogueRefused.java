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
}
