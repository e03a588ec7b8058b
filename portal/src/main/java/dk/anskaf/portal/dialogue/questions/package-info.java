/**
 * The purchaser's "Spørgsmål og svar" of a dialogue: the suppliers' questions, unanswered first, and the
 * answer form with the choice between answering only the asker and publishing to every invited supplier.
 */
@NullMarked
package dk.anskaf.portal.dialogue.questions;

import org.jspecify.annotations.NullMarked;
