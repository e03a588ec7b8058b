/** The gateway's login, logout and CSRF protection. */
@NullMarked
package dk.anskaf.gateway.security;

import org.jspecify.annotations.NullMarked;
