/**
 * Files of a dialogue (DOMAIN.md §6.2, §6.3, §6.5): the requirements as krav.xlsx, one supplier's answers
 * as besvarelse.xlsx in the incumbent's exact layout, and the answers as tagged PDF, for the purchaser
 * (only answer sets the view {@code reviewable_answer_set} shows) and for the supplier (its own).
 */
@NullMarked
package dk.anskaf.dialogue.export;

import org.jspecify.annotations.NullMarked;
