/**
 * The purchaser's review of supplier answers (DOMAIN.md §5.10, issue #15 part "review"): Besvarelser per
 * supplier, one supplier's answers with the purchaser's per-answer status and comment ({@code
 * answer_review}), and the elaboration request. Answers are read only through the view {@code
 * reviewable_answer_set}, the one visibility rule.
 */
@NullMarked
package dk.anskaf.dialogue.review;

import org.jspecify.annotations.NullMarked;
