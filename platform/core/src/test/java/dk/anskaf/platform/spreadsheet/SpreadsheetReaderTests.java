package dk.anskaf.platform.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.anskaf.platform.errors.ApiProblemException;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;

/** The streaming readers against files written by POI's own writers (XSSF with shared texts, SXSSF, HSSF). */
class SpreadsheetReaderTests {

    static final SpreadsheetLimits SMALL = new SpreadsheetLimits(6, 100, DataSize.ofKilobytes(64));

    @Test
    void xlsxAndXlsGiveTheSameRowsWithMergedValuesNumbersAsValuesDatesFormulasAndBlankRowsLeftOut() throws Exception {
        List<SheetRow> xlsx = read(write(new XSSFWorkbook(), SpreadsheetReaderTests::sample), "krav");
        List<SheetRow> xls = read(write(new HSSFWorkbook(), SpreadsheetReaderTests::sample), "krav");

        assertThat(xlsx).isEqualTo(xls);
        assertThat(xlsx).extracting(SheetRow::number).containsExactly(1, 2, 3, 4, 6);
        SheetRow second = xlsx.get(1);
        assertThat(second.cell(0)).isEqualTo(new SheetCell(0, SheetCell.Kind.NUMBER, "9400101"));
        assertThat(second.cell(2)).isEqualTo(new SheetCell(2, SheetCell.Kind.TEXT, "Sikkerhed"));
        assertThat(second.cell(3).kind()).isEqualTo(SheetCell.Kind.DATE);
        assertThat(second.cell(3).text()).isEqualTo("1/2/24");
        // The merged category applies to rows 2 to 4, the value of row 4's own cell does not count.
        assertThat(xlsx.get(2).cell(2).text()).isEqualTo("Sikkerhed");
        assertThat(xlsx.get(3).cell(2).text()).isEqualTo("Sikkerhed");
        assertThat(xlsx.get(2).cell(0).text()).isEqualTo("2.5");
        assertThat(xlsx.get(3).cell(1)).isEqualTo(new SheetCell(1, SheetCell.Kind.FORMULA, "3"));
        assertThat(xlsx.get(4).cell(1)).isEqualTo(new SheetCell(1, SheetCell.Kind.BOOLEAN, "TRUE"));
        assertThat(xlsx.get(4).cell(2)).isNull();
    }

    @Test
    void aFormulaWithoutAComputedResultIsStillAFormula() throws Exception {
        byte[] file = write(
                new XSSFWorkbook(),
                sheet ->
                        sheet.createRow(0).createCell(1).setCellFormula("HYPERLINK(\"http://evil.example\",\"klik\")"));

        assertThat(read(file, "Krav").getFirst().cell(1)).isEqualTo(new SheetCell(1, SheetCell.Kind.FORMULA, ""));
    }

    @Test
    void escapedControlCharactersOfSharedAndInlineTextsAreDecoded() throws Exception {
        Consumer<Sheet> nul = sheet -> sheet.createRow(0).createCell(0).setCellValue("Før_x0000_efter_x");

        for (Workbook workbook : List.of(new XSSFWorkbook(), new SXSSFWorkbook())) {
            List<SheetRow> rows = read(write(workbook, nul), "Krav");
            assertThat(rows.getFirst().cell(0).text()).isEqualTo("Før\u0000efter_x");
        }
    }

    @Test
    void aSheetWithMoreRowsThanTheLimitIsRefusedNamingTheRowBeforeAnyRowIsHandedOn() throws Exception {
        byte[] xlsx = write(new SXSSFWorkbook(), rows(10, "tekst"));
        byte[] xls = write(new HSSFWorkbook(), rows(10, "tekst"));

        for (byte[] file : List.of(xlsx, xls)) {
            List<SheetRow> handedOn = new ArrayList<>();
            assertThatThrownBy(() -> SpreadsheetReader.read(file, "Krav", SMALL, handedOn::add))
                    .isInstanceOfSatisfying(ApiProblemException.class, e -> {
                        assertThat(e.status()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
                        assertThat(e.type().toString()).endsWith("/spreadsheet-too-large");
                        assertThat(e.getMessage()).contains("mere end 6 rækker (række 7)");
                    });
            assertThat(handedOn).isEmpty();
        }
    }

    @Test
    void aCellLongerThanTheLimitIsRefusedNamingTheCellAndRowWhetherSharedInlineOrInXls() throws Exception {
        Consumer<Sheet> overlong = sheet -> {
            rows(3, "kort").accept(sheet);
            sheet.getRow(2).createCell(1).setCellValue("æ".repeat(101));
        };

        for (Workbook workbook : List.of(new XSSFWorkbook(), new SXSSFWorkbook(), new HSSFWorkbook())) {
            byte[] file = write(workbook, overlong);
            assertThatThrownBy(() -> read(file, "Krav")).isInstanceOfSatisfying(ApiProblemException.class, e -> {
                assertThat(e.status()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
                assertThat(e.getMessage()).contains("Cellen B3 i række 3 er længere end 100 tegn");
            });
        }
    }

    @Test
    void aSheetLargerUncompressedThanTheLimitIsRefused() throws Exception {
        byte[] file = write(new SXSSFWorkbook(), rows(4, "Leverandøren skal sikre oppetid. ".repeat(2)));
        SpreadsheetLimits tiny = new SpreadsheetLimits(5, 100, DataSize.ofBytes(600));

        assertThatThrownBy(() -> SpreadsheetReader.read(file, "Krav", tiny, row -> {}))
                .isInstanceOfSatisfying(ApiProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
                    assertThat(e.getMessage()).contains("udpakket");
                });
    }

    @Test
    void anArchiveThatInflatesLikeAZipBombIsRefused() throws Exception {
        byte[] file = write(new SXSSFWorkbook(), sheet -> {
            for (int r = 0; r < 200; r++) {
                sheet.createRow(r).createCell(0).setCellValue("a".repeat(32_000));
            }
        });

        assertThatThrownBy(() -> SpreadsheetReader.read(file, "Krav", SpreadsheetLimits.DEFAULTS, row -> {}))
                .isInstanceOfSatisfying(ApiProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
                    assertThat(e.getMessage()).contains("zip-bombe");
                });
    }

    @Test
    void anotherFormatOrAMissingSheetIsAnInvalidFileAndTheHandlersOwnRefusalPassesUnchanged() throws Exception {
        byte[] file = write(new XSSFWorkbook(), rows(2, "tekst"));
        IllegalStateException own = new IllegalStateException("the handler's own");

        assertThatThrownBy(() -> read("<html>".getBytes(), "Krav"))
                .isInstanceOfSatisfying(
                        ApiProblemException.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.BAD_REQUEST));
        assertThatThrownBy(() -> read(file, "Ark1")).hasMessageContaining("\"Ark1\"");
        assertThatThrownBy(() -> SpreadsheetReader.read(file, "Krav", SMALL, row -> {
                    throw own;
                }))
                .isSameAs(own);
    }

    /** Rows 1 to 6: header, three merged over the category, an empty row, a boolean. */
    private static void sample(Sheet sheet) {
        Workbook workbook = sheet.getWorkbook();
        var header = sheet.createRow(0);
        header.createCell(0).setCellValue("Krav id");
        header.createCell(1).setCellValue("Navn");
        header.createCell(2).setCellValue("Kategori");
        var grouped = workbook.createCellStyle();
        grouped.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
        var date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("m/d/yy"));
        var first = sheet.createRow(1);
        first.createCell(0).setCellValue(9400101);
        first.getCell(0).setCellStyle(grouped);
        first.createCell(1).setCellValue("Første");
        first.createCell(2).setCellValue("Sikkerhed");
        first.createCell(3).setCellValue(45293);
        first.getCell(3).setCellStyle(date);
        var second = sheet.createRow(2);
        second.createCell(0).setCellValue(2.50);
        second.createCell(1).setCellValue("Anden");
        var third = sheet.createRow(3);
        third.createCell(1).setCellFormula("1+2");
        third.getCell(1).setCellValue(3);
        third.createCell(2).setCellValue("Overses");
        sheet.createRow(4).createCell(1).setCellValue(" \u00A0");
        sheet.createRow(5).createCell(1).setCellValue(true);
        sheet.addMergedRegion(new CellRangeAddress(1, 3, 2, 2));
    }

    private static Consumer<Sheet> rows(int count, String text) {
        return sheet -> {
            for (int r = 0; r < count; r++) {
                sheet.createRow(r).createCell(0).setCellValue(text + r);
            }
        };
    }

    private static byte[] write(Workbook workbook, Consumer<Sheet> content) throws Exception {
        try (workbook;
                var out = new ByteArrayOutputStream()) {
            content.accept(workbook.createSheet("Krav"));
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static List<SheetRow> read(byte[] file, String sheet) {
        List<SheetRow> rows = new ArrayList<>();
        SpreadsheetReader.read(file, sheet, SMALL, rows::add);
        return rows;
    }
}
