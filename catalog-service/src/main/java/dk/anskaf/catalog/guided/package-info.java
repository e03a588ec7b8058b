/** Guided selection (guidet forløb): requirements chosen from a dialogue's domains and filter answers. */
@NullMarked
package dk.anskaf.catalog.guided;

import org.jspecify.annotations.NullMarked;
