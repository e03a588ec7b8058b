/**
 * Spørgsmål og svar while a dialogue is Aktiv: a supplier contact asks about one requirement or the dialogue
 * as a whole, and the owning municipality answers privately or publishes the answer to every invited
 * supplier without saying who asked. The {@link dk.anskaf.dialogue.questions.Question} aggregate guards
 * the transitions; V30's policies and triggers hold the same rules in the database.
 */
@NullMarked
package dk.anskaf.dialogue.questions;

import org.jspecify.annotations.NullMarked;
