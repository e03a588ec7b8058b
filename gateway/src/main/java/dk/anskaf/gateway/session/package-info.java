/** Browser sessions kept in PostgreSQL, shared by every gateway instance. */
@NullMarked
package dk.anskaf.gateway.session;

import org.jspecify.annotations.NullMarked;
