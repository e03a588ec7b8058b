/**
 * The read API for municipalities (DOMAIN.md §6.6; docs/api.md "Read API for municipalities"): a
 * municipality's integration client (OAuth2 client credentials at identity, role {@code integration},
 * scope {@code dialogue.read}) reads its dialogues, one dialogue, its requirements and the chosen supplier
 * with its answers. Read only, under the token's tenant with row-level security; soft-deleted dialogues
 * are hidden; the chosen supplier's answers only through the one visibility rule ({@code
 * reviewable_answer_set}, V12).
 */
@NullMarked
package dk.anskaf.dialogue.integration;

import org.jspecify.annotations.NullMarked;
