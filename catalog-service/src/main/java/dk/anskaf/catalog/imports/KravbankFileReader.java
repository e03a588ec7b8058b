package dk.anskaf.catalog.imports;

import dk.anskaf.platform.errors.ApiProblemException;
import dk.anskaf.platform.errors.ProblemTypes;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.springframework.http.HttpStatus;

/**
 * Reads a kravbank file in the incumbent's layout (sheet "Krav", header row, DOMAIN.md section 6.1),
 * as .xls (what OS2kravmotor produces) or .xlsx. A value merged over several rows applies to each of them.
 * Refuses, with a clear reason and before anything is
 * stored: another format, a missing sheet or header, formulas, too many rows, and archives that inflate
 * suspiciously (zip bombs).
 */
final class KravbankFileReader {

    static final int MAX_ROWS = 100_000;
    static final List<String> REQUIRED =
            List.of(ImportRow.KRAV_ID, ImportRow.NAME, ImportRow.DESCRIPTION, ImportRow.CATEGORY, ImportRow.PRIORITY);
    private static final Set<String> KNOWN = Set.copyOf(ImportRow.COLUMNS);

    static {
        // A real .xlsx compresses text about 10:1; a zip bomb far more. Refuse beyond 1:100.
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(100L * 1024 * 1024);
    }

    private KravbankFileReader() {}

    static List<ImportRow> read(InputStream in) {
        try (Workbook workbook = WorkbookFactory.create(in)) {
            Sheet sheet = workbook.getSheet("Krav");
            if (sheet == null) {
                throw refused("Filen har ikke et ark med navnet \"Krav\"");
            }
            if (sheet.getLastRowNum() > MAX_ROWS) {
                throw refused("Filen har mere end " + MAX_ROWS + " rækker");
            }
            Map<String, Integer> columns = headers(sheet.getRow(0));
            List<String> missing =
                    REQUIRED.stream().filter(h -> !columns.containsKey(h)).toList();
            if (!missing.isEmpty()) {
                throw refused("Overskrifter mangler i arket \"Krav\": " + String.join(", ", missing));
            }
            MergedCells merged = new MergedCells(sheet, columns.values());
            DataFormatter formatter = new DataFormatter();
            List<ImportRow> rows = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null || isEmpty(row)) {
                    continue;
                }
                Map<String, String> values = new HashMap<>();
                for (Map.Entry<String, Integer> column : columns.entrySet()) {
                    values.put(column.getKey(), text(merged.cell(sheet, r, column.getValue()), r, formatter));
                }
                rows.add(new ImportRow(r + 1, values));
            }
            return rows;
        } catch (ApiProblemException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw refused("Filen kunne ikke læses som et Excel-regneark (.xls eller .xlsx)");
        }
    }

    /** The known columns the header row has, by their stripped header text. */
    private static Map<String, Integer> headers(Row header) {
        Map<String, Integer> columns = new HashMap<>();
        if (header == null) {
            return columns;
        }
        for (Cell cell : header) {
            if (cell.getCellType() == CellType.STRING) {
                String name = CellText.strip(cell.getStringCellValue());
                if (KNOWN.contains(name)) {
                    columns.putIfAbsent(name, cell.getColumnIndex());
                }
            }
        }
        return columns;
    }

    /**
     * The cell's value, not its display string: a number formatted as {@code 0.00} or {@code #,##0} is
     * still the number (a Krav id 9400101 must not become "9400101.00" or "9,400,101"); integers are
     * written without decimals. Text is trimmed of every kind of Unicode space, including no-break space.
     */
    private static String text(Cell cell, int rowIndex, DataFormatter formatter) {
        if (cell == null) {
            return null;
        }
        String value = switch (cell.getCellType()) {
            case FORMULA ->
                throw refused(
                        "Filen indeholder formler (række " + (rowIndex + 1) + "); gem den som værdier og prøv igen");
            case STRING -> cell.getStringCellValue();
            case NUMERIC ->
                DateUtil.isCellDateFormatted(cell)
                        ? formatter.formatCellValue(cell)
                        : number(cell.getNumericCellValue());
            case BLANK -> "";
            default -> formatter.formatCellValue(cell);
        };
        String stripped = CellText.strip(value);
        return stripped.isEmpty() ? null : stripped;
    }

    private static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static boolean isEmpty(Row row) {
        for (Cell cell : row) {
            if (cell.getCellType() != CellType.BLANK
                    && !(cell.getCellType() == CellType.STRING
                            && CellText.strip(cell.getStringCellValue()).isEmpty())) {
                return false;
            }
        }
        return true;
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
