/** The public front page. */
@NullMarked
package dk.anskaf.portal.front;

import org.jspecify.annotations.NullMarked;
