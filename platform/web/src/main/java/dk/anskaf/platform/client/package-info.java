/** Calls to other services: token relay and refusals read from problem+json into one typed exception. */
@NullMarked
package dk.anskaf.platform.client;

import org.jspecify.annotations.NullMarked;
