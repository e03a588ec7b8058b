/**
 * Sammenligning (issue #15): the purchaser's side-by-side view of a dialogue's answers, its filters, the
 * optional weights and a printable view, from dialogue-service's {@code DialogueClient#comparison}. The
 * purchaser pages' guard ({@code PurchasersOnly}) covers these paths too.
 */
@NullMarked
package dk.anskaf.portal.dialogue.comparison;

import org.jspecify.annotations.NullMarked;
