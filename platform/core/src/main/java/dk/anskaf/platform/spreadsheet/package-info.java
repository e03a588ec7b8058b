/**
 * Spreadsheets: streaming reading (xls, xlsx) within limits, streaming writing of the incumbent's export
 * layouts ({@link dk.anskaf.platform.spreadsheet.StreamingWorkbook}), and formula-injection guards. Needs
 * {@code poi-ooxml}, which a service that reads or writes spreadsheets declares itself.
 */
@NullMarked
package dk.anskaf.platform.spreadsheet;

import org.jspecify.annotations.NullMarked;
