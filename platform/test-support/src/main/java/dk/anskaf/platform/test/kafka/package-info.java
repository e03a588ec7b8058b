/** A real Kafka broker for tests, and a probe that reads a topic. */
@NullMarked
package dk.anskaf.platform.test.kafka;

import org.jspecify.annotations.NullMarked;
