package dk.anskaf.dialogue.comparison;

import dk.anskaf.platform.spreadsheet.FormulaInjection;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.DeferredSXSSFSheet;
import org.apache.poi.xssf.streaming.DeferredSXSSFWorkbook;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.jspecify.annotations.Nullable;

/**
 * {@code comparison.xlsx}, written as the kravbank's krav.xlsx is: POI's {@link DeferredSXSSFWorkbook}
 * generates each sheet's rows while the file goes out, at most 100 rows in memory, no temporary file.
 * Sheets: "Sammenligning" (two frozen header rows — the supplier over its column group, then the column
 * names — and the Krav id and Krav columns frozen, wrapped text, one group Svar | Uddybning | Pris |
 * Status | Bemærkning per supplier), "Opsummering" (per supplier, the score with its label when weighted,
 * and choices by priority) and "Metadata" (A1 "Udtræk foretaget", A2 the time, as DOMAIN.md §6.2).
 * Every text is quote-prefixed when {@link FormulaInjection} says a spreadsheet could read it as a formula.
 */
final class ComparisonWorkbook {

    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final int FIXED = 5;
    private static final int GROUP = 5;
    private static final Map<String, String> CHOICES = Map.of(
            "JA", "Ja",
            "JA_TILKOEB", "Ja, som et tilkøb",
            "JA_DELVIST", "Ja, delvist",
            "NEJ", "Nej",
            "IKKE_RELEVANT", "Ikke relevant",
            "UNANSWERED", "Ikke besvaret");
    private static final Map<String, String> PRIORITIES =
            Map.of("OPTIONAL", "Option", "NORMAL", "Krav", "HIGH", "Vigtigt krav", "ABSOLUTE", "Mindstekrav");
    private static final Map<String, String> STATUSES = Map.of(
            "NONE", "Ingen",
            "ACCEPTED", "Accepteret",
            "ACCEPTED_WITH_COMMENT", "Accepteret med kommentar",
            "REJECTED", "Afvist",
            "ELABORATION_NEEDED", "Uddybning nødvendig");
    static final String NOT_MET = " – Mindstekrav ikke opfyldt";

    private final DeferredSXSSFWorkbook workbook = new DeferredSXSSFWorkbook(100);
    private final CellStyle bold;
    private final CellStyle plain;
    private final CellStyle quoted;

    private ComparisonWorkbook() {
        bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        bold.setWrapText(true);
        plain = workbook.createCellStyle();
        plain.setWrapText(true);
        quoted = workbook.createCellStyle();
        quoted.cloneStyleFrom(plain);
        quoted.setQuotePrefixed(true);
    }

    /** Writes the whole file to {@code out}; {@code extracted} is the Metadata sheet's time. */
    static void write(Comparison comparison, String extracted, OutputStream out) throws IOException {
        ComparisonWorkbook file = new ComparisonWorkbook();
        try {
            file.comparison(comparison);
            file.summary(comparison);
            file.metadata(extracted);
            file.workbook.write(out);
        } finally {
            file.workbook.close();
        }
    }

    private void comparison(Comparison comparison) {
        DeferredSXSSFSheet sheet = workbook.createSheet("Sammenligning");
        List<Comparison.Supplier> suppliers = comparison.suppliers();
        sheet.createFreezePane(2, 2);
        widths(sheet, new int[] {10, 30, 50, 18, 14}, suppliers.size());
        for (int i = 0; i < suppliers.size(); i++) {
            int first = FIXED + i * GROUP;
            sheet.addMergedRegion(new CellRangeAddress(0, 0, first, first + GROUP - 1));
        }
        sheet.setRowGenerator(rows -> {
            Row groups = rows.createRow(0);
            Row names = rows.createRow(1);
            header(names, 0, "Krav id", "Krav", "Beskrivelse", "Kategori", "Prioritet");
            for (int i = 0; i < suppliers.size(); i++) {
                int first = FIXED + i * GROUP;
                bold(groups.createCell(first), title(suppliers.get(i)));
                header(names, first, "Svar", "Uddybning", "Pris", "Status", "Bemærkning");
            }
            int next = 2;
            for (Comparison.Row requirement : comparison.rows()) {
                Row line = rows.createRow(next++);
                text(line, 0, requirement.kravId());
                text(line, 1, requirement.name());
                text(line, 2, requirement.description());
                text(line, 3, requirement.category());
                text(line, 4, PRIORITIES.get(requirement.priority()));
                for (int i = 0; i < requirement.cells().size(); i++) {
                    Comparison.Cell cell = requirement.cells().get(i);
                    int first = FIXED + i * GROUP;
                    if (cell.choice() != null) {
                        text(line, first, CHOICES.get(cell.choice()) + (cell.mindstekravNotMet() ? NOT_MET : ""));
                    }
                    text(line, first + 1, cell.elaboration());
                    text(line, first + 2, cell.price());
                    text(line, first + 3, STATUSES.get(cell.reviewStatus()));
                    text(line, first + 4, cell.reviewComment());
                }
            }
        });
    }

    private void summary(Comparison comparison) {
        DeferredSXSSFSheet sheet = workbook.createSheet("Opsummering");
        widths(sheet, new int[] {36, 24, 12, 12, 16, 12, 12}, 0);
        sheet.setRowGenerator(rows -> {
            int next = 0;
            Row header = rows.createRow(next++);
            header(header, 0, "Leverandør", "IT-system", "Besvaret", "Ubesvaret", "Mindstekrav ikke opfyldt");
            if (comparison.score() != null) {
                header(header, 5, "Hjælpetal", "Højst muligt");
            }
            for (Comparison.Supplier supplier : comparison.suppliers()) {
                Row line = rows.createRow(next++);
                text(line, 0, supplier.organisationName());
                text(line, 1, system(supplier));
                line.createCell(2).setCellValue(supplier.summary().answered());
                line.createCell(3).setCellValue(supplier.summary().unanswered());
                line.createCell(4).setCellValue(supplier.summary().mindstekravNotMet());
                number(line, 5, supplier.score());
                number(line, 6, supplier.maxScore());
            }
            Comparison.ScoreRule score = comparison.score();
            if (score != null) {
                next++;
                bold(rows.createRow(next++).createCell(0), score.label());
                text(rows.createRow(next++), 0, rule(score));
            }
            next++;
            Row choices = rows.createRow(next++);
            header(choices, 0, "Leverandør", "Prioritet");
            List<String> order = List.of("JA", "JA_TILKOEB", "JA_DELVIST", "NEJ", "IKKE_RELEVANT", "UNANSWERED");
            for (int c = 0; c < order.size(); c++) {
                header(choices, 2 + c, CHOICES.get(order.get(c)));
            }
            for (Comparison.Supplier supplier : comparison.suppliers()) {
                for (String priority : ComparisonFilter.PRIORITIES) {
                    Row line = rows.createRow(next++);
                    text(line, 0, supplier.organisationName());
                    text(line, 1, PRIORITIES.get(priority));
                    for (int c = 0; c < order.size(); c++) {
                        line.createCell(2 + c)
                                .setCellValue(supplier.summary()
                                        .byChoiceAndPriority()
                                        .get(order.get(c))
                                        .get(priority));
                    }
                }
            }
        });
    }

    private void metadata(String extracted) {
        DeferredSXSSFSheet sheet = workbook.createSheet("Metadata");
        sheet.setRowGenerator(rows -> {
            bold(rows.createRow(0).createCell(0), "Udtræk foretaget");
            text(rows.createRow(1), 0, extracted);
        });
    }

    private static String title(Comparison.Supplier supplier) {
        String system = system(supplier);
        return system == null ? supplier.organisationName() : supplier.organisationName() + " – " + system;
    }

    private static @Nullable String system(Comparison.Supplier supplier) {
        if (supplier.itSystemName() == null) {
            return null;
        }
        return supplier.itSystemSupplier() == null
                ? supplier.itSystemName()
                : supplier.itSystemName() + " (" + supplier.itSystemSupplier() + ")";
    }

    /** "Vægte: Mindstekrav 4, … · Point: Ja 1, …", in the order the purchaser reads priorities. */
    private static String rule(Comparison.ScoreRule score) {
        StringBuilder text = new StringBuilder("Vægte: ");
        for (String priority : ComparisonFilter.PRIORITIES.reversed()) {
            text.append(PRIORITIES.get(priority))
                    .append(' ')
                    .append(score.weights()
                            .getOrDefault(priority, BigDecimal.ZERO)
                            .toPlainString())
                    .append(priority.equals("OPTIONAL") ? "" : ", ");
        }
        text.append(" · Point: ");
        List<String> choices = List.of("JA", "JA_TILKOEB", "JA_DELVIST", "NEJ", "IKKE_RELEVANT");
        for (String choice : choices) {
            text.append(CHOICES.get(choice))
                    .append(' ')
                    .append(score.choicePoints().get(choice).toPlainString())
                    .append(choice.equals("IKKE_RELEVANT") ? "" : ", ");
        }
        return text.toString();
    }

    private static void widths(SXSSFSheet sheet, int[] fixed, int groups) {
        for (int i = 0; i < fixed.length; i++) {
            sheet.setColumnWidth(i, fixed[i] * 256);
        }
        int[] group = {16, 40, 14, 16, 30};
        for (int g = 0; g < groups; g++) {
            for (int i = 0; i < GROUP; i++) {
                sheet.setColumnWidth(FIXED + g * GROUP + i, group[i] * 256);
            }
        }
    }

    private void header(Row row, int first, String... names) {
        for (int i = 0; i < names.length; i++) {
            bold(row.createCell(first + i), names[i]);
        }
    }

    private void bold(Cell cell, String text) {
        cell.setCellValue(text);
        cell.setCellStyle(FormulaInjection.isTrigger(text) ? quoted : bold);
    }

    /** Text is written as text, never as a formula, and quote-prefixed so that editing it keeps it text. */
    private void text(Row row, int column, @Nullable String value) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(FormulaInjection.isTrigger(value) ? quoted : plain);
    }

    private static void number(Row row, int column, @Nullable BigDecimal value) {
        if (value != null) {
            row.createCell(column).setCellValue(value.doubleValue());
        }
    }
}
