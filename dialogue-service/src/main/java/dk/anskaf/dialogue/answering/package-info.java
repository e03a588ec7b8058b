/**
 * A supplier organisation answers a dialogue it was invited to (DOMAIN.md §5.8, §5.9): operating model,
 * IT system, one answer per requirement with every rule checked here, copying from an earlier dialogue,
 * finishing and declining. The answer set ({@link dk.anskaf.dialogue.answering.AnswerSet}) guards its
 * status; the dialogue's state and deadline are checked in the same transaction as each write.
 */
@NullMarked
package dk.anskaf.dialogue.answering;

import org.jspecify.annotations.NullMarked;
