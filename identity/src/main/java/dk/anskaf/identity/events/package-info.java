/** The reference data identity publishes: tenants, board and community memberships. */
@NullMarked
package dk.anskaf.identity.events;

import org.jspecify.annotations.NullMarked;
