/** Resource-server security: verified tokens, roles and the tenant bound per request. */
@NullMarked
package dk.anskaf.platform.security;

import org.jspecify.annotations.NullMarked;
