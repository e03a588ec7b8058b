/**
 * The purchaser's Besvarelser (DOMAIN.md §5.10; issue #15 part "review"): the suppliers with whether their
 * answers can be read now, one supplier's answers with "Status og bemærkning" per answer, the request for
 * elaboration and its rounds. The pages only map to {@code DialogueClient}; the visibility rule and every
 * check are dialogue-service's.
 */
@NullMarked
package dk.anskaf.portal.dialogue.review;

import org.jspecify.annotations.NullMarked;
