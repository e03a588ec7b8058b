package dk.anskaf.dialogue.questions;

import dk.anskaf.platform.errors.DomainException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The questions feature's domain errors (slugs of {@code anskaf/problems}, block "qa"). */
final class QuestionsRefused {

    private static final DateTimeFormatter DANISH_TIME =
            DateTimeFormatter.ofPattern("dd-MM-yyyy 'kl.' HH:mm").withZone(ZoneId.of("Europe/Copenhagen"));

    private QuestionsRefused() {}

    /** 404: not the caller's dialogue (another municipality's, or one the organisation was not invited to). */
    static final class DialogueNotFound extends DomainException {
        DialogueNotFound(long dialogueId) {
            super(Kind.NOT_FOUND, "question-dialogue-not-found", dialogueId);
        }
    }

    /** 404: no such question in this dialogue for the caller. */
    static final class QuestionNotFound extends DomainException {
        QuestionNotFound() {
            super(Kind.NOT_FOUND, "question-not-found");
        }
    }

    /** 409: questions are asked only while the dialogue is Aktiv. */
    static final class DialogueNotActive extends DomainException {
        DialogueNotActive(long dialogueId) {
            super(Kind.CONFLICT, "question-dialogue-not-active", dialogueId);
        }
    }

    /** 409: the deadline has passed, to the minute; names it in Danish time. */
    static final class DeadlinePassed extends DomainException {
        DeadlinePassed(Instant deadline) {
            super(Kind.CONFLICT, "question-deadline-passed", DANISH_TIME.format(deadline));
        }
    }

    /** 409: the organisation declined to answer, so it takes no further part. */
    static final class Declined extends DomainException {
        Declined() {
            super(Kind.CONFLICT, "question-declined");
        }
    }

    /**
     * 409: the dialogue was cancelled or archived; its suppliers' sign-in ends with a cancellation, so an
     * answer could not be mailed with a link that works.
     */
    static final class DialogueClosed extends DomainException {
        DialogueClosed(long dialogueId) {
            super(Kind.CONFLICT, "question-dialogue-closed", dialogueId);
        }
    }

    /** 409: a published answer has been mailed to every supplier and cannot be made private again. */
    static final class AlreadyPublished extends DomainException {
        AlreadyPublished() {
            super(Kind.CONFLICT, "question-already-published");
        }
    }

    /** 400 on one field: text, answer, visibility or requirementId. */
    static final class Invalid extends DomainException {
        Invalid(String field, String slug, Object... args) {
            super(field, slug, args);
        }
    }
}
