/**
 * Side by side (DOMAIN.md §5.10, issue #15): every requirement of a dialogue as a row, every supplier whose
 * answers the purchaser may read (the view {@code reviewable_answer_set}, V12) as a column, each cell the
 * supplier's choice, elaboration and price with the purchaser's status and comment; filters by priority
 * and category, Mindstekrav not met flagged, a summary per supplier and an optional score that is an aid,
 * never an evaluation model. As JSON ({@code DialogueClient.comparison}) and as {@code comparison.xlsx}.
 */
@NullMarked
package dk.anskaf.dialogue.comparison;

import org.jspecify.annotations.NullMarked;
