/** Each municipality as sender: its name and contact address. */
@NullMarked
package dk.anskaf.notification.sender;

import org.jspecify.annotations.NullMarked;
