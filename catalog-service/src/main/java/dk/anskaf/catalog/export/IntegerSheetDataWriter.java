package dk.anskaf.catalog.export;

import java.io.IOException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * POI's streaming writer stores every number as {@code Double.toString}, so a Krav id 171 reaches the
 * file as {@code 171.0} and scripts reading the sheet get a decimal. Whole numbers are written as
 * integers here; everything else as POI writes it.
 */
final class IntegerSheetDataWriter extends SheetDataWriter {

    /** Largest whole number a double holds exactly. */
    private static final double EXACT = 9_007_199_254_740_992d;

    IntegerSheetDataWriter(SharedStringsTable sharedStrings) throws IOException {
        super(sharedStrings);
    }

    /** A streaming workbook (at most {@code window} rows in memory) that writes whole numbers as integers. */
    static SXSSFWorkbook workbook(int window) {
        return new SXSSFWorkbook(window) {
            @Override
            protected SheetDataWriter createSheetDataWriter() throws IOException {
                return new IntegerSheetDataWriter(getSharedStringSource());
            }
        };
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
