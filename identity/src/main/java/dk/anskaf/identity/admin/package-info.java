/** Administration by a municipality's administrator and by the operator, audited. */
@NullMarked
package dk.anskaf.identity.admin;

import org.jspecify.annotations.NullMarked;
