package dk.anskaf.catalog.imports;

import dk.anskaf.platform.errors.ApiProblemException;
import dk.anskaf.platform.errors.ProblemTypes;
import dk.anskaf.platform.spreadsheet.CellText;
import dk.anskaf.platform.spreadsheet.SheetCell;
import dk.anskaf.platform.spreadsheet.SheetRow;
import dk.anskaf.platform.spreadsheet.SpreadsheetLimits;
import dk.anskaf.platform.spreadsheet.SpreadsheetReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.http.HttpStatus;

/**
 * Reads a kravbank file in the incumbent's layout (sheet "Krav", a header row),
 * as .xls (what OS2kravmotor produces) or .xlsx, streaming: each data row is handed on as it is read
 * ({@link SpreadsheetReader}), so memory does not grow with the file. A value merged over several rows
 * applies to each of them. Refuses, with a clear reason: another format, a missing sheet or header,
 * formulas, and what passes the {@link SpreadsheetLimits} (rows, cell length, uncompressed size, zip
 * bombs). A refusal can come after rows were handed on: the caller reads inside its transaction, so the
 * refusal rolls back whatever those rows did.
 */
final class KravbankFileReader {

    static final String SHEET = "Krav";
    static final List<String> REQUIRED =
            List.of(ImportRow.KRAV_ID, ImportRow.NAME, ImportRow.DESCRIPTION, ImportRow.CATEGORY, ImportRow.PRIORITY);
    private static final Set<String> KNOWN = Set.copyOf(ImportRow.COLUMNS);

    private final Consumer<ImportRow> rows;
    private Map<String, Integer> columns;

    private KravbankFileReader(Consumer<ImportRow> rows) {
        this.rows = rows;
    }

    /** Hands each data row (not the header, not empty rows) to {@code rows}, in the file's order. */
    static void read(byte[] file, SpreadsheetLimits limits, Consumer<ImportRow> rows) {
        KravbankFileReader reader = new KravbankFileReader(rows);
        SpreadsheetReader.read(file, SHEET, limits, reader::row);
        if (reader.columns == null) {
            reader.header(null);
        }
    }

    private void row(SheetRow row) {
        if (columns == null) {
            header(row.number() == 1 ? row : null);
            return;
        }
        Map<String, String> values = new HashMap<>();
        for (Map.Entry<String, Integer> column : columns.entrySet()) {
            values.put(column.getKey(), text(row.cell(column.getValue()), row.number()));
        }
        rows.accept(new ImportRow(row.number(), values));
    }

    /** The known columns of the first row, by their stripped header text; refuses if required ones lack. */
    private void header(SheetRow header) {
        columns = new HashMap<>();
        if (header != null) {
            for (SheetCell cell : header.cells().values()) {
                if (cell.kind() == SheetCell.Kind.TEXT) {
                    String name = CellText.strip(cell.text());
                    if (KNOWN.contains(name)) {
                        columns.putIfAbsent(name, cell.column());
                    }
                }
            }
        }
        List<String> missing =
                REQUIRED.stream().filter(h -> !columns.containsKey(h)).toList();
        if (!missing.isEmpty()) {
            throw refused("Overskrifter mangler i arket \"" + SHEET + "\": " + String.join(", ", missing));
        }
    }

    /**
     * The cell's value, not its display string ({@link SheetCell}), trimmed of every kind of Unicode space;
     * null when empty. A formula is refused: its result could differ from what the user saw.
     */
    private static String text(SheetCell cell, int rowNumber) {
        if (cell == null) {
            return null;
        }
        if (cell.kind() == SheetCell.Kind.FORMULA) {
            throw refused("Filen indeholder formler (række " + rowNumber + "); gem den som værdier og prøv igen");
        }
        String stripped = CellText.strip(cell.text());
        return stripped.isEmpty() ? null : stripped;
    }

    private static ApiProblemException refused(String detail) {
        return new ApiProblemException(
                HttpStatus.BAD_REQUEST,
                ProblemTypes.of("invalid-file"),
                "Filen kan ikke importeres",
                detail,
                List.of());
    }
}
