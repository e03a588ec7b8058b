package dk.anskaf.dialogue.offline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Answer sheets as a supplier's Excel leaves them, written with POI in the test: our layout (DOMAIN.md
 * §6.3, header on row 1, or on row 8 below the IT-system block) and the incumbent's, .xlsx and .xls.
 * A row's values are strings, or numbers (Double) and dates as Excel stores them.
 */
final class TestSheets {

    /** Our export's columns, prices asked. */
    static final List<String> OURS = List.of(
            "Krav id",
            "Krav",
            "Kategori",
            "Prioritet",
            "Beskrivelse",
            "Rationale",
            "Fortolkning",
            "Leverandørens svar",
            "Leverandørens uddybelse",
            "Pris",
            "Status",
            "Spørgsmål/kommentar");

    private TestSheets() {}

    /** An .xlsx with the sheet "Besvarelse": header on row 1 with {@code headers}, then {@code rows}. */
    static byte[] xlsx(List<String> headers, List<List<Object>> rows) {
        return write(new XSSFWorkbook(), sheet -> table(sheet, 0, headers, rows));
    }

    /** An .xlsx with the IT-system block (rows 2 and 4) and the header on row 8. */
    static byte[] xlsxWithItSystem(List<String> headers, List<List<Object>> rows) {
        return write(new XSSFWorkbook(), sheet -> {
            itSystem(sheet);
            table(sheet, 7, headers, rows);
        });
    }

    /** A binary .xls (what the incumbent exports) with the IT-system block and the header on row 8. */
    static byte[] xlsWithItSystem(List<String> headers, List<List<Object>> rows) {
        return write(new HSSFWorkbook(), sheet -> {
            itSystem(sheet);
            table(sheet, 7, headers, rows);
        });
    }

    /** An .xlsx whose sheet "Besvarelse" is shaped by {@code shape}, e.g. with a formula or merged cells. */
    static byte[] xlsx(Consumer<Sheet> shape) {
        return write(new XSSFWorkbook(), shape);
    }

    /** {@code rows} data rows of "Nej" answers, streamed: a sheet past the row limit. */
    static byte[] streamedRows(int rows) {
        return write(new SXSSFWorkbook(100), sheet -> {
            table(sheet, 0, OURS, List.of());
            for (int r = 1; r <= rows; r++) {
                var row = sheet.createRow(r);
                row.createCell(0).setCellValue(String.valueOf(r));
                row.createCell(7).setCellValue("Nej");
            }
        });
    }

    /** A small file that inflates about a thousand times: the shape of a zip bomb. */
    static byte[] zipBomb() {
        String filler = "a".repeat(32_000);
        return write(new SXSSFWorkbook(10), sheet -> {
            table(sheet, 0, OURS, List.of());
            for (int r = 1; r <= 2_000; r++) {
                sheet.createRow(r).createCell(8).setCellValue(filler);
            }
        });
    }

    static void table(Sheet sheet, int headerIndex, List<String> headers, List<List<Object>> rows) {
        var header = sheet.createRow(headerIndex);
        for (int i = 0; i < headers.size(); i++) {
            header.createCell(i).setCellValue(headers.get(i));
        }
        for (int r = 0; r < rows.size(); r++) {
            var row = sheet.createRow(headerIndex + 1 + r);
            List<Object> values = rows.get(r);
            for (int c = 0; c < values.size(); c++) {
                Object value = values.get(c);
                if (value instanceof Double number) {
                    row.createCell(c).setCellValue(number);
                } else if (value != null) {
                    row.createCell(c).setCellValue(value.toString());
                }
            }
        }
    }

    private static void itSystem(Sheet sheet) {
        sheet.createRow(1).createCell(0).setCellValue("IT System");
        sheet.getRow(1).createCell(1).setCellValue("Acadre (Formpipe Software A/S)");
        sheet.createRow(3).createCell(0).setCellValue("KITOS");
        sheet.getRow(3).createCell(1).setCellValue("https://kitos.dk/#/system/1234");
    }

    private static byte[] write(Workbook workbook, Consumer<Sheet> shape) {
        try (workbook;
                var out = new ByteArrayOutputStream()) {
            shape.accept(workbook.createSheet(AnswerSheetReader.SHEET));
            workbook.createSheet("Metadata").createRow(0).createCell(0).setCellValue("Udtræk foretaget");
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A row of our layout: Krav id, name, then the answer's three cells in their columns. */
    static List<Object> ours(Object kravId, String name, String choice, String elaboration, String price) {
        return java.util.Arrays.asList(
                kravId, name, "Drift", "Krav", "Beskrivelse", null, null, choice, elaboration, price, "Ingen", null);
    }
}
