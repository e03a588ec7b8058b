/** The login pages: choosing the municipality, then its login method. */
@NullMarked
package dk.anskaf.identity.login;

import org.jspecify.annotations.NullMarked;
