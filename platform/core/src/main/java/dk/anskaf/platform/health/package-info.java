/** Liveness and readiness probes with bounded checks. */
@NullMarked
package dk.anskaf.platform.health;

import org.jspecify.annotations.NullMarked;
