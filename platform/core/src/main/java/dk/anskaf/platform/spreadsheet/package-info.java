/** Streaming spreadsheet reading (xls, xlsx) within limits, and formula-injection guards. */
@NullMarked
package dk.anskaf.platform.spreadsheet;

import org.jspecify.annotations.NullMarked;
