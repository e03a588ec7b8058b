/** The tenant of a request, taken from the verified token only. */
@NullMarked
package dk.anskaf.gateway.tenant;

import org.jspecify.annotations.NullMarked;
