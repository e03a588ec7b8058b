/** The tenant a request or message acts for, and explicit cross-tenant steps. */
@NullMarked
package dk.anskaf.platform.tenancy;

import org.jspecify.annotations.NullMarked;
