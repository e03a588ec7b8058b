/** The delivery log and resending of dead messages. */
@NullMarked
package dk.anskaf.notification.delivery;

import org.jspecify.annotations.NullMarked;
