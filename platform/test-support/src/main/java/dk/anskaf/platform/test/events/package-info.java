/** Event contracts: producers and consumers held to the JSON examples in docs/events.md. */
@NullMarked
package dk.anskaf.platform.test.events;

import org.jspecify.annotations.NullMarked;
