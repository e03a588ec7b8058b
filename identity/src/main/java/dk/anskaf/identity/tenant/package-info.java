/** The tenant registry: the 98 municipalities, the operator and how each logs in. */
@NullMarked
package dk.anskaf.identity.tenant;

import org.jspecify.annotations.NullMarked;
