package dk.anskaf.dialogue.review;

import dk.anskaf.platform.errors.DomainException;

/** The review feature's domain errors (slugs of {@code anskaf/problems}). */
final class ReviewRefused {

    private ReviewRefused() {}

    /** 404: no such dialogue for the caller (another municipality's is hidden by row-level security). */
    static final class DialogueNotFound extends DomainException {
        DialogueNotFound(long id) {
            super(Kind.NOT_FOUND, "dialogue-not-found", id);
        }
    }

    /** 404: no such supplier (answer set) in this dialogue. */
    static final class AnswerSetNotFound extends DomainException {
        AnswerSetNotFound() {
            super(Kind.NOT_FOUND, "answer-set-not-found");
        }
    }

    /**
     * 404 {@code answers-not-visible}: the set exists but the visibility rule hides its answers now; the
     * message says why (the argument: 0 declined, 1 not finished, 2 only after the deadline).
     */
    static final class AnswersNotVisible extends DomainException {
        AnswersNotVisible(String hiddenReason) {
            super(
                    Kind.NOT_FOUND,
                    "answers-not-visible",
                    switch (hiddenReason) {
                        case "DECLINED" -> 0;
                        case "AFTER_DEADLINE" -> 2;
                        default -> 1;
                    });
        }
    }

    /** 404: no such requirement in this dialogue. */
    static final class RequirementNotFound extends DomainException {
        RequirementNotFound(long id) {
            super(Kind.NOT_FOUND, "dialogue-requirement-not-found", id);
        }
    }

    /** 400 on {@code status}: one of the five review statuses. */
    static final class UnknownStatus extends DomainException {
        UnknownStatus() {
            super("status", "review-status-unknown");
        }
    }

    /** 400 on {@code comment}: Accepteret med kommentar and Uddybelse nødvendig need a comment. */
    static final class CommentMissing extends DomainException {
        CommentMissing() {
            super("comment", "review-comment-missing");
        }
    }

    /** 400 on {@code comment}: at most 5,000 characters. */
    static final class CommentTooLong extends DomainException {
        CommentTooLong(int max) {
            super("comment", "review-comment-too-long", max);
        }
    }
}
