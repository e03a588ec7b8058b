package dk.anskaf.dialogue.export;

import dk.anskaf.platform.spreadsheet.StreamingWorkbook;
import dk.anskaf.platform.spreadsheet.TextCells;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.jspecify.annotations.Nullable;

/**
 * One supplier's answers as besvarelse.xlsx in the incumbent's exact layout (DOMAIN.md §6.3), so that
 * municipalities' own spreadsheets keep working and a supplier can answer in it offline (docs/api.md
 * "besvarelse.xlsx" is the layout both this writer and the offline upload rely on):
 *
 * <ul>
 *   <li>sheet "Besvarelse"; when the supplier chose an IT system, row 2 = "IT System" | "system (supplier)",
 *       row 4 = "KITOS" | the KITOS link and the header on <b>row 8</b>; otherwise the header on row 1;
 *   <li>Krav id (text) | Krav | Kategori | [Prioritet] | Beskrivelse | Rationale | Fortolkning |
 *       Leverandørens svar | Leverandørens uddybelse | [Pris] | Status | Spørgsmål/kommentar;
 *   <li>data rows ten times the default height, wrapped, sorted by Krav id; then "Metadata".
 * </ul>
 */
final class BesvarelseSheet {

    /** Row indexes (0-based) of the IT-system block and of the header when it is present. */
    static final int SYSTEM_ROW = 1;

    static final int KITOS_ROW = 3;
    static final int HEADER_ROW_WITH_SYSTEM = 7;

    private BesvarelseSheet() {}

    /**
     * @param showInterpretation whether the Fortolkning cells are filled (the column is always there)
     * @param showReview whether the Status and Spørgsmål/kommentar cells are filled (the columns always are)
     * @param kitosLink the KITOS page of the chosen system, when one was chosen
     */
    static void write(
            ExportDialogue dialogue,
            List<ExportRequirement> requirements,
            ExportSupplier supplier,
            Map<Long, ExportAnswer> answers,
            boolean showInterpretation,
            boolean showReview,
            @Nullable String kitosLink,
            OutputStream out)
            throws IOException {
        List<String> headers = headers(dialogue);
        try (StreamingWorkbook workbook = new StreamingWorkbook(100, true)) {
            TextCells text = workbook.text();
            Sheet besvarelse = workbook.sheet("Besvarelse", sheet -> {
                int next = 0;
                if (supplier.hasItSystem()) {
                    KravSheet.header(sheet.createRow(SYSTEM_ROW), List.of("IT System"), workbook.bold());
                    text.write(sheet.getRow(SYSTEM_ROW).createCell(1), supplier.itSystemLabel());
                    KravSheet.header(sheet.createRow(KITOS_ROW), List.of("KITOS"), workbook.bold());
                    text.write(sheet.getRow(KITOS_ROW).createCell(1), kitosLink == null ? "" : kitosLink);
                    next = HEADER_ROW_WITH_SYSTEM;
                }
                KravSheet.header(sheet.createRow(next++), headers, workbook.bold());
                float tall = 10 * sheet.getDefaultRowHeightInPoints();
                for (ExportRequirement requirement : requirements) {
                    Row row = sheet.createRow(next++);
                    row.setHeightInPoints(tall);
                    ExportAnswer answer = answers.getOrDefault(requirement.id(), ExportAnswer.NONE);
                    KravSheet.texts(row, 0, cells(dialogue, requirement, answer, showInterpretation, showReview), text);
                }
            });
            for (int column = 0; column < headers.size(); column++) {
                // Wide enough to read a wrapped paragraph in the tall rows; Krav id narrow.
                besvarelse.setColumnWidth(column, column == 0 ? 10 * 256 : 30 * 256);
            }
            workbook.write(Labels.now(), out);
        }
    }

    static List<String> headers(ExportDialogue dialogue) {
        List<String> headers = new ArrayList<>(List.of("Krav id", "Krav", "Kategori"));
        if (dialogue.prioritiesVisible()) {
            headers.add("Prioritet");
        }
        headers.addAll(
                List.of("Beskrivelse", "Rationale", "Fortolkning", "Leverandørens svar", "Leverandørens uddybelse"));
        if (dialogue.pricesRequested()) {
            headers.add("Pris");
        }
        headers.addAll(List.of("Status", "Spørgsmål/kommentar"));
        return headers;
    }

    private static List<@Nullable String> cells(
            ExportDialogue dialogue,
            ExportRequirement requirement,
            ExportAnswer answer,
            boolean showInterpretation,
            boolean showReview) {
        List<@Nullable String> cells = new ArrayList<>();
        cells.add(requirement.kravId());
        cells.add(requirement.name());
        cells.add(requirement.category());
        if (dialogue.prioritiesVisible()) {
            cells.add(Labels.priority(requirement.priority()));
        }
        cells.add(requirement.text());
        cells.add(requirement.rationale());
        cells.add(showInterpretation ? requirement.interpretation() : null);
        cells.add(Labels.choice(answer.choice()));
        cells.add(answer.elaboration());
        if (dialogue.pricesRequested()) {
            cells.add(answer.price());
        }
        cells.add(showReview ? Labels.review(answer.reviewStatus()) : null);
        cells.add(showReview ? answer.reviewComment() : null);
        return cells;
    }
}
