/** The platform starter every service uses: tenancy, security, errors, events and health. */
@NullMarked
package dk.anskaf.platform;

import org.jspecify.annotations.NullMarked;
