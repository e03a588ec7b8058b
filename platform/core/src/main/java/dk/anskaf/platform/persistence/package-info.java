/** Transactions that set the tenant for PostgreSQL's row-level security. */
@NullMarked
package dk.anskaf.platform.persistence;

import org.jspecify.annotations.NullMarked;
