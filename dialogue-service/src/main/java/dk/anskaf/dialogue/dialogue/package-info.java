/**
 * The purchaser's market dialogue (DOMAIN.md §5.1–5.3, §5.11): the {@link dk.anskaf.dialogue.dialogue.Dialogue}
 * aggregate with its states, the purchaser's API and the dialogue events.
 */
@NullMarked
package dk.anskaf.dialogue.dialogue;

import org.jspecify.annotations.NullMarked;
