/**
 * Mails about market dialogues (DOMAIN.md §7.1): invitations, postponements and cancellations to the
 * suppliers, finished, declined, deadline reached and all answered to the purchaser's contact e-mail.
 */
@NullMarked
package dk.anskaf.notification.dialogue;

import org.jspecify.annotations.NullMarked;
