package dk.anskaf.dialogue.offline;

import dk.anskaf.platform.errors.ApiProblemException;
import dk.anskaf.platform.errors.ProblemTypes;
import dk.anskaf.platform.spreadsheet.CellText;
import dk.anskaf.platform.spreadsheet.SheetCell;
import dk.anskaf.platform.spreadsheet.SheetRow;
import dk.anskaf.platform.spreadsheet.SpreadsheetLimits;
import dk.anskaf.platform.spreadsheet.SpreadsheetReader;
import dk.anskaf.platform.text.ControlCharacters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import org.apache.poi.ss.util.CellReference;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;

/**
 * Reads an answer sheet in the "Besvarelse" layout of DOMAIN.md §6.3, whoever wrote it: our export or the
 * incumbent's own {@code besvarelse.xls}/{@code .xlsx}, so a supplier can reuse a sheet it already has.
 * The file's type is recognised by content and read by the platform's {@link SpreadsheetReader} (.xlsx
 * and binary .xls through POI's event readers; zip bombs, row, cell and uncompressed limits); this class
 * adds what the layout needs:
 *
 * <ul>
 *   <li>the header row is found by its texts ("Krav id" and "Leverandørens svar") anywhere in rows 1–20:
 *       row 1, or row 8 below the IT-system block; columns are mapped by header text, ignoring case and
 *       spacing, so the incumbent's extra or missing optional columns (Prioritet, Pris, Status …) do not
 *       matter;
 *   <li>a formula is refused for the whole file, never evaluated: its cached result may not be what the
 *       supplier saw, and an answer must be what the supplier wrote;
 *   <li>a cell holding an error value or a control character makes its row an error, naming the cell.
 * </ul>
 *
 * Numbers and dates are read as their value's text (Krav id 12 or 12.0 is "12"); whether that text is a
 * valid answer is the plan's question, not the reader's.
 */
final class AnswerSheetReader {

    static final String SHEET = "Besvarelse";

    /** The header is on row 1 or 8 in every known layout; 20 leaves room for a supplier's own notes. */
    static final int LAST_HEADER_ROW = 20;

    /** A dialogue has at most a few hundred requirements; a sheet far beyond is no answer sheet. */
    static final SpreadsheetLimits LIMITS = new SpreadsheetLimits(5_000, 32_767, DataSize.ofMegabytes(100));

    private static final Map<String, String> HEADERS = Map.of(
            "krav id", AnswerSheet.KRAV_ID,
            "krav", AnswerSheet.NAME,
            "leverandørens svar", AnswerSheet.CHOICE,
            "leverandørens uddybelse", AnswerSheet.ELABORATION,
            // The answer page says "Uddybning"; a supplier who renamed the column means the same.
            "leverandørens uddybning", AnswerSheet.ELABORATION,
            "pris", AnswerSheet.PRICE);

    private final List<AnswerSheet.Line> lines = new ArrayList<>();
    private @Nullable Map<String, Integer> columns;
    private int headerRow;

    private AnswerSheetReader() {}

    /**
     * @throws ApiProblemException 400 {@code invalid-file} (not a spreadsheet, no sheet "Besvarelse", no
     *     header in rows 1–20, a formula), 413 {@code spreadsheet-too-large} (more than 5,000 rows, a zip bomb)
     */
    static AnswerSheet read(byte[] file) {
        AnswerSheetReader reader = new AnswerSheetReader();
        SpreadsheetReader.read(file, SHEET, LIMITS, reader::row);
        if (reader.columns == null) {
            throw noHeader();
        }
        return new AnswerSheet(reader.headerRow, List.copyOf(reader.lines));
    }

    private void row(SheetRow row) {
        if (columns == null) {
            header(row);
            return;
        }
        lines.add(line(row, columns));
    }

    private void header(SheetRow row) {
        if (row.number() > LAST_HEADER_ROW) {
            throw noHeader();
        }
        Map<String, Integer> found = new HashMap<>();
        for (SheetCell cell : row.cells().values()) {
            String known = cell.kind() == SheetCell.Kind.TEXT ? HEADERS.get(normalised(cell.text())) : null;
            if (known != null) {
                found.putIfAbsent(known, cell.column());
            }
        }
        if (found.containsKey(AnswerSheet.KRAV_ID) && found.containsKey(AnswerSheet.CHOICE)) {
            columns = found;
            headerRow = row.number();
        }
    }

    private static AnswerSheet.Line line(SheetRow row, Map<String, Integer> columns) {
        Map<String, String> values = new HashMap<>();
        AnswerSheet.Problem problem = null;
        for (Map.Entry<String, Integer> column : columns.entrySet()) {
            SheetCell cell = row.cell(column.getValue());
            if (cell == null) {
                continue;
            }
            String cellName = CellReference.convertNumToColString(column.getValue()) + row.number();
            if (cell.kind() == SheetCell.Kind.FORMULA) {
                throw refused("Cellen " + cellName + " i arket \"" + SHEET
                        + "\" indeholder en formel; gem arket med værdier i stedet for formler, og prøv igen");
            }
            String text = CellText.strip(cell.text());
            if (problem == null && cell.kind() == SheetCell.Kind.ERROR) {
                problem = new AnswerSheet.Problem(column.getKey(), cellName, "answer-sheet-cell-error", cellName, text);
            }
            OptionalInt forbidden = ControlCharacters.firstForbidden(text);
            if (problem == null && forbidden.isPresent()) {
                int at = forbidden.getAsInt();
                problem = new AnswerSheet.Problem(
                        column.getKey(),
                        cellName,
                        "answer-sheet-control-character",
                        cellName,
                        String.format(Locale.ROOT, "U+%04X", (int) text.charAt(at)),
                        at + 1);
            }
            if (!text.isEmpty()) {
                values.put(column.getKey(), text);
            }
        }
        return new AnswerSheet.Line(
                row.number(),
                values.get(AnswerSheet.KRAV_ID),
                values.get(AnswerSheet.NAME),
                values.get(AnswerSheet.CHOICE),
                values.get(AnswerSheet.ELABORATION),
                values.get(AnswerSheet.PRICE),
                problem);
    }

    /** Header text as people vary it: any case, any run of spaces (a line break in a wrapped header too). */
    static String normalised(String text) {
        return CellText.strip(text).replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static ApiProblemException noHeader() {
        return refused("Arket \"" + SHEET + "\" har ingen overskriftsrække med \"" + AnswerSheet.KRAV_ID + "\" og \""
                + AnswerSheet.CHOICE + "\" i række 1–" + LAST_HEADER_ROW + "; brug svararket fra markedsdialogen");
    }

    private static ApiProblemException refused(String detail) {
        return new ApiProblemException(
                HttpStatus.BAD_REQUEST,
                ProblemTypes.of("invalid-file"),
                "Filen kan ikke læses som en besvarelse",
                detail,
                List.of());
    }
}
