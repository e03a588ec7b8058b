package dk.anskaf.dialogue.answering;

import dk.anskaf.platform.errors.DomainException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The answering feature's domain errors (slugs of {@code anskaf/problems}). */
final class AnsweringRefused {

    /** Deadlines are shown as the purchaser set them: Danish time. */
    private static final DateTimeFormatter DANISH_TIME =
            DateTimeFormatter.ofPattern("dd-MM-yyyy 'kl.' HH:mm").withZone(ZoneId.of("Europe/Copenhagen"));

    private AnsweringRefused() {}

    /**
     * 404: the caller's organisation was not invited to the dialogue (or it does not exist, or is another
     * organisation's): the same answer for all, so a guessed id tells nothing.
     */
    static final class DialogueNotFound extends DomainException {
        DialogueNotFound(long dialogueId) {
            super(Kind.NOT_FOUND, "supplier-dialogue-not-found", dialogueId);
        }
    }

    /** 404: no such requirement in this dialogue. */
    static final class RequirementNotFound extends DomainException {
        RequirementNotFound(long requirementId) {
            super(Kind.NOT_FOUND, "answer-requirement-not-found", requirementId);
        }
    }

    /** 409 {@code answers-dialogue-not-open}: the dialogue is not Aktiv (Udkast, Besvaret, Arkiveret, Annulleret). */
    static final class DialogueNotOpen extends DomainException {
        DialogueNotOpen(long dialogueId) {
            super(Kind.CONFLICT, "answers-dialogue-not-open", dialogueId);
        }
    }

    /** 409 {@code answers-deadline-passed}: the deadline has passed, to the minute; names it in Danish time. */
    static final class DeadlinePassed extends DomainException {
        DeadlinePassed(Instant deadline) {
            super(Kind.CONFLICT, "answers-deadline-passed", DANISH_TIME.format(deadline));
        }
    }

    /** 409 {@code answers-finished}: the organisation finished its answers; the set is locked. */
    static final class Finished extends DomainException {
        Finished() {
            super(Kind.CONFLICT, "answers-finished");
        }
    }

    /** 409 {@code answers-declined}: the organisation declined to answer. */
    static final class Declined extends DomainException {
        Declined() {
            super(Kind.CONFLICT, "answers-declined");
        }
    }

    /** 409 {@code answers-missing}: finishing needs every requirement answered; names how many are not. */
    static final class AnswersMissing extends DomainException {
        AnswersMissing(int missing) {
            super(Kind.CONFLICT, "answers-missing", missing);
        }
    }

    /** 400 on {@code reason}: declining says why. */
    static final class DeclineReasonMissing extends DomainException {
        DeclineReasonMissing() {
            super("reason", "decline-reason-missing");
        }
    }

    /** 400 on one field of an answer (choice, elaboration, price, operatingModel, kitosUuid). */
    static final class InvalidAnswer extends DomainException {
        InvalidAnswer(String field, String slug, Object... args) {
            super(field, slug, args);
        }
    }

    /** 404: no such copy source among the organisation's other dialogues. */
    static final class CopySourceNotFound extends DomainException {
        CopySourceNotFound(long dialogueId) {
            super(Kind.NOT_FOUND, "copy-source-not-found", dialogueId);
        }
    }

    /** 409 {@code answers-elaboration-round}: during an elaboration round only choice and elaboration change. */
    static final class InElaborationRound extends DomainException {
        InElaborationRound() {
            super(Kind.CONFLICT, "answers-elaboration-round");
        }
    }

    /** 409 {@code elaboration-not-requested}: the set is not in an elaboration round. */
    static final class NotInElaborationRound extends DomainException {
        NotInElaborationRound() {
            super(Kind.CONFLICT, "elaboration-not-requested");
        }
    }

    /**
     * 409 {@code elaboration-not-possible}: an elaboration round needs a finished set and a dialogue that is
     * Aktiv or Besvaret (not Annulleret or Arkiveret).
     */
    static final class ElaborationNotPossible extends DomainException {
        ElaborationNotPossible() {
            super(Kind.CONFLICT, "elaboration-not-possible");
        }
    }

    /** 404 {@code answer-set-not-found}: no such supplier in the purchaser's dialogue. */
    static final class AnswerSetNotFound extends DomainException {
        AnswerSetNotFound() {
            super(Kind.NOT_FOUND, "answer-set-not-found");
        }
    }
}
