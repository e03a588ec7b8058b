/** A municipality's local extension of a shared requirement (local text, interpretation, favourite, opt-out). */
@NullMarked
package dk.anskaf.catalog.extension;

import org.jspecify.annotations.NullMarked;
