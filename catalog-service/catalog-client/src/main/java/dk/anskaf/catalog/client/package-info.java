/** The Feign client other services use to call catalog-service, relaying the caller's token. */
@NullMarked
package dk.anskaf.catalog.client;

import org.jspecify.annotations.NullMarked;
