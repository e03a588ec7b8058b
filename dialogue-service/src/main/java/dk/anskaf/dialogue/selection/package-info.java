/**
 * A dialogue's requirement set (DOMAIN.md §5.4–5.6): guided and manual selection through the catalogue,
 * frozen copies, per-dialogue edits and parameter values, free-text requirements.
 */
@NullMarked
package dk.anskaf.dialogue.selection;

import org.jspecify.annotations.NullMarked;
