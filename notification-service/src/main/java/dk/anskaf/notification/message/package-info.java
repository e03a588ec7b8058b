/** From event to mail: handlers per event type, composing and queueing each message once. */
@NullMarked
package dk.anskaf.notification.message;

import org.jspecify.annotations.NullMarked;
