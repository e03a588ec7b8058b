package dk.anskaf.dialogue.dialogue;

/**
 * When the purchaser may read a supplier's answers (DOMAIN.md §5.10: the incumbent promises one and does
 * the other, so it is a per-dialogue setting, frozen at activation). The rule itself lives once, in the
 * view {@code reviewable_answer_set} (V12).
 */
public enum AnswersVisibility {
    /** Each supplier's answers as soon as that supplier has finished. */
    ON_FINISH,
    /** Nobody's answers until the dialogue is Besvaret (deadline passed or everyone finished). */
    AFTER_DEADLINE
}
