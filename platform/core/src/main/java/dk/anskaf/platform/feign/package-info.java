/** Service-to-service calls that relay the caller's token. */
@NullMarked
package dk.anskaf.platform.feign;

import org.jspecify.annotations.NullMarked;
