/** Kravbank downloads (xlsx, csv, json) and revision exports, written as they are read. */
@NullMarked
package dk.anskaf.catalog.export;

import org.jspecify.annotations.NullMarked;
