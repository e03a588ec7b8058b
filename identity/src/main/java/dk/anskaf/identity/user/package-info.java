/** Local user accounts, their roles and login throttling. */
@NullMarked
package dk.anskaf.identity.user;

import org.jspecify.annotations.NullMarked;
