/** The catalogue's copy of community memberships, kept from identity's events. */
@NullMarked
package dk.anskaf.catalog.community;

import org.jspecify.annotations.NullMarked;
