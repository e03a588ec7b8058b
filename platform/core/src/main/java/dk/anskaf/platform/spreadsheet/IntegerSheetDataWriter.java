package dk.anskaf.platform.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.StreamingSheetWriter;

/**
 * Writes a sheet's rows straight into the workbook's zip stream, and whole numbers as integers.
 *
 * <p>{@link StreamingWorkbook} generates each sheet's rows while the workbook is written, so a row
 * reaches the response as soon as it leaves the window of rows kept in memory: no temporary file is
 * filled first and copied afterwards (the copy was most of a large export's time before its first byte).
 *
 * <p>POI's sheet writer stores every number as {@code Double.toString}, so a Krav id 171 would reach the
 * file as {@code 171.0} and scripts reading the sheet get a decimal; whole numbers are written as
 * integers here, everything else as POI writes it.
 */
final class IntegerSheetDataWriter extends StreamingSheetWriter {

    /** Largest whole number a double holds exactly. */
    private static final double EXACT = 9_007_199_254_740_992d;

    IntegerSheetDataWriter(OutputStream out) throws IOException {
        super(out);
    }

    @Override
    public void writeCell(int columnIndex, Cell cell) throws IOException {
        if (cell == null || cell.getCellType() != CellType.NUMERIC) {
            super.writeCell(columnIndex, cell);
            return;
        }
        double value = cell.getNumericCellValue();
        if (value != Math.rint(value) || Math.abs(value) > EXACT) {
            super.writeCell(columnIndex, cell);
            return;
        }
        _out.write("<c r=\"");
        _out.write(new CellReference(cell.getRowIndex(), columnIndex).formatAsString(false));
        _out.write('"');
        if (cell.getCellStyle().getIndex() != 0) {
            _out.write(" s=\"");
            _out.write(Integer.toString(cell.getCellStyle().getIndex()));
            _out.write('"');
        }
        _out.write(" t=\"n\"><v>");
        _out.write(Long.toString((long) value));
        _out.write("</v></c>");
    }
}
