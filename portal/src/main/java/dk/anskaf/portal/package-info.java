/** The portal: server-rendered pages for municipal users, through the gateway. */
@NullMarked
package dk.anskaf.portal;

import org.jspecify.annotations.NullMarked;
