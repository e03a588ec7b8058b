/** The accessibility statement and the help page. */
@NullMarked
package dk.anskaf.portal.info;

import org.jspecify.annotations.NullMarked;
