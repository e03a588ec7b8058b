/** The mail queue and its dispatch over SMTP, with retries. */
@NullMarked
package dk.anskaf.notification.mail;

import org.jspecify.annotations.NullMarked;
