/** The gateway: the one public entry, login for browsers, routes to the services. */
@NullMarked
package dk.anskaf.gateway;

import org.jspecify.annotations.NullMarked;
