/** Events as CloudEvents through the transactional outbox, consumed once through the inbox. */
@NullMarked
package dk.anskaf.platform.events;

import org.jspecify.annotations.NullMarked;
