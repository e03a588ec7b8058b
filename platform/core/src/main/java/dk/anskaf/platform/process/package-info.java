/** A service process that ends with the launcher that started it. */
@NullMarked
package dk.anskaf.platform.process;

import org.jspecify.annotations.NullMarked;
