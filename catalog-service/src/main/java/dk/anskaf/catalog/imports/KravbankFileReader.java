package dk.anskaf.catalog.imports;

import dk.anskaf.platform.errors.ApiProblemException;
import dk.anskaf.platform.errors.ProblemTypes;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.springframework.http.HttpStatus;

/**
 * Reads a kravbank file in the incumbent's layout (sheet "Krav", header row, DOMAIN.md section 6.1),
 * as .xls (what OS2kravmotor produces) or .xlsx. Refuses, with a clear reason and before anything is
 * stored: another format, a missing sheet or header, formulas, too many rows, and archives that inflate
 * suspiciously (zip bombs).
 */
final class KravbankFileReader {

    static final int MAX_ROWS = 100_000;
    static final List<String> REQUIRED = List.of("Krav id", "Navn", "Beskrivelse", "Kategori", "Prioritet");

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
            DataFormatter formatter = new DataFormatter();
            List<ImportRow> rows = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null || isEmpty(row)) {
                    continue;
                }
                rows.add(new ImportRow(
                        r + 1,
                        text(row, columns.get("Krav id"), formatter),
                        text(row, columns.get("Navn"), formatter),
                        text(row, columns.get("Beskrivelse"), formatter),
                        text(row, columns.get("Kategori"), formatter),
                        text(row, columns.get("Prioritet"), formatter),
                        text(row, columns.get("Rationale"), formatter)));
            }
            return rows;
        } catch (ApiProblemException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw refused("Filen kunne ikke læses som et Excel-regneark (.xls eller .xlsx)");
        }
    }

    private static Map<String, Integer> headers(Row header) {
        Map<String, Integer> columns = new HashMap<>();
        if (header == null) {
            return columns;
        }
        for (Cell cell : header) {
            if (cell.getCellType() == CellType.STRING) {
                columns.put(cell.getStringCellValue().strip(), cell.getColumnIndex());
            }
        }
        return columns;
    }

    private static String text(Row row, Integer column, DataFormatter formatter) {
        if (column == null) {
            return null;
        }
        Cell cell = row.getCell(column);
        if (cell == null) {
            return null;
        }
        if (cell.getCellType() == CellType.FORMULA) {
            throw refused(
                    "Filen indeholder formler (række " + (row.getRowNum() + 1) + "); gem den som værdier og prøv igen");
        }
        String value = formatter.formatCellValue(cell).strip();
        return value.isEmpty() ? null : value;
    }

    private static boolean isEmpty(Row row) {
        for (Cell cell : row) {
            if (cell.getCellType() != CellType.BLANK
                    && !(cell.getCellType() == CellType.STRING
                            && cell.getStringCellValue().isBlank())) {
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
