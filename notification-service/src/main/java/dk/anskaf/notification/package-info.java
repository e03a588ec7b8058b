/** notification-service: mails caused by other services' events. */
@NullMarked
package dk.anskaf.notification;

import org.jspecify.annotations.NullMarked;
