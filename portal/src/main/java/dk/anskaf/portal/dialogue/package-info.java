/**
 * Markedsdialog for purchasers (DOMAIN.md §5): the lists, creating a dialogue, the guided questions, the
 * requirement set with parameters, activation, postponement, cancellation and invitations, all through
 * dialogue-service's {@code DialogueClient}. Only purchasers and editors reach these pages.
 */
@NullMarked
package dk.anskaf.portal.dialogue;

import org.jspecify.annotations.NullMarked;
