/** Import of kravbank spreadsheets: dry run, per-row report and import by the same plan. */
@NullMarked
package dk.anskaf.catalog.imports;

import org.jspecify.annotations.NullMarked;
