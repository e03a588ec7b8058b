/**
 * Offline answering (issue #15): a supplier fills in its answer sheet ("Besvarelse", DOMAIN.md §6.3, ours
 * or the incumbent's own file) in Excel and uploads it; a dry run shows per row what would change and
 * which rule a row breaks, with a plan token; confirming with the token applies exactly that plan in one
 * transaction through answering's own rules and code path, or nothing.
 */
@NullMarked
package dk.anskaf.dialogue.offline;

import org.jspecify.annotations.NullMarked;
