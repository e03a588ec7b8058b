package dk.anskaf.dialogue.offline;

import dk.anskaf.platform.errors.DomainException;

/** Offline answering's refusals (slugs of {@code anskaf/problems}); nothing has been stored after any. */
final class AnswerSheetRefused {

    private AnswerSheetRefused() {}

    /** 400 on {@code file}: no file, or an empty one. */
    static final class FileMissing extends DomainException {
        FileMissing() {
            super("file", "answer-sheet-file-missing");
        }
    }

    /** 400 on {@code token}: confirming needs the plan token of the dry run. */
    static final class TokenMissing extends DomainException {
        TokenMissing() {
            super("token", "answer-sheet-token-missing");
        }
    }

    /** 400 on {@code file}: rows break a rule; names how many and which (the dry run says why). */
    static final class RowsInvalid extends DomainException {
        RowsInvalid(int count, String rows) {
            super("file", "answer-sheet-rows-invalid", count, rows);
        }
    }

    /**
     * 409 {@code answer-sheet-changed}: the plan confirmed is not the plan this sheet makes now: the sheet
     * changed since the dry run, or the answers did (another contact, the answer page, a second upload).
     */
    static final class Changed extends DomainException {
        Changed() {
            super(Kind.CONFLICT, "answer-sheet-changed");
        }
    }
}
