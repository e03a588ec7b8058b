/** identity: the OpenID Connect provider, municipalities, users and roles. */
@NullMarked
package dk.anskaf.identity;

import org.jspecify.annotations.NullMarked;
