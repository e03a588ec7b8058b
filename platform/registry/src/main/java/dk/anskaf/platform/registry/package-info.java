/**
 * The service registry: every Anskaf service described once, as data ({@code anskaf/services.yaml}), read
 * by the local launcher, the gateway and the system tests.
 */
@NullMarked
package dk.anskaf.platform.registry;

import org.jspecify.annotations.NullMarked;
