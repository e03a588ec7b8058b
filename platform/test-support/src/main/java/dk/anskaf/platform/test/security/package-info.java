/** Signed test tokens for a role and municipality. */
@NullMarked
package dk.anskaf.platform.test.security;

import org.jspecify.annotations.NullMarked;
