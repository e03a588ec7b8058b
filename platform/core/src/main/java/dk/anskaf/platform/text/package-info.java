/** Refusal of control characters in request text. */
@NullMarked
package dk.anskaf.platform.text;

import org.jspecify.annotations.NullMarked;
