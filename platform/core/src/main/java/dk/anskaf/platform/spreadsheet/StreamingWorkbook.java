package dk.anskaf.platform.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.DeferredSXSSFSheet;
import org.apache.poi.xssf.streaming.DeferredSXSSFWorkbook;
import org.apache.poi.xssf.streaming.RowGeneratorFunction;
import org.apache.poi.xssf.streaming.StreamingSheetWriter;

/**
 * An xlsx written while it is produced (the kravbank, a dialogue's krav.xlsx and besvarelse.xlsx): each
 * sheet's rows are generated during {@link #write}, go through a window of at most {@code window} rows and
 * then straight into the zip stream of the response (POI's {@link DeferredSXSSFWorkbook}; no temporary
 * file, no copy at the end). Styles are made up front, as POI requires. Every workbook ends with the sheet
 * "Metadata" (A1 "Udtræk foretaget", A2 the date), as the incumbent's exports do (DOMAIN.md §6.1–§6.3).
 *
 * <p>Use it once: create the sheets with {@link #sheet}, then {@link #write}, then close. The row
 * generators run inside {@code write}, so whatever they read must still be open then.
 */
public final class StreamingWorkbook implements AutoCloseable {

    private final DeferredSXSSFWorkbook workbook;
    private final CellStyle bold;
    private final TextCells text;

    /**
     * @param window rows kept in memory per sheet before they are flushed to the stream
     * @param wrapped whether text cells wrap (multi-line texts readable without widening columns)
     */
    public StreamingWorkbook(int window, boolean wrapped) {
        workbook = new DeferredSXSSFWorkbook(window) {
            @Override
            protected StreamingSheetWriter createSheetDataWriter(OutputStream out) throws IOException {
                return new IntegerSheetDataWriter(out);
            }
        };
        bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        text = new TextCells(workbook, wrapped);
    }

    /** Header cells ("Krav id", …) are bold. */
    public CellStyle bold() {
        return bold;
    }

    /** Text cells, quote-prefixed when they could start a formula. */
    public TextCells text() {
        return text;
    }

    /**
     * A sheet whose rows {@code rows} creates while the file is written; the sheet is returned for what
     * must be set before writing (column widths).
     */
    public Sheet sheet(String name, RowGeneratorFunction rows) {
        DeferredSXSSFSheet sheet = workbook.createSheet(name);
        sheet.setRowGenerator(rows);
        return sheet;
    }

    /**
     * Writes every sheet, then the "Metadata" sheet with when the extract was made.
     *
     * @param extracted the text of Metadata A2, in the format the export's layout prescribes
     */
    public void write(String extracted, OutputStream out) throws IOException {
        sheet("Metadata", metadata -> {
            Cell label = metadata.createRow(0).createCell(0);
            label.setCellValue("Udtræk foretaget");
            label.setCellStyle(bold);
            text.write(metadata.createRow(1).createCell(0), extracted);
        });
        workbook.write(out);
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
