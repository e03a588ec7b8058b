package dk.anskaf.dialogue.export;

import dk.anskaf.platform.spreadsheet.StreamingWorkbook;
import dk.anskaf.platform.spreadsheet.TextCells;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.jspecify.annotations.Nullable;

/**
 * A dialogue's requirements as krav.xlsx (DOMAIN.md §6.2): sheet "Krav" sorted by Krav id with free-text
 * requirements first, columns Krav id | Navn | Beskrivelse | Rationale | Kategori | [Prioritet — when the
 * dialogue shows priorities] | [Fortolkning — for the purchaser, when any requirement has one; never in
 * the supplier's download], then "Metadata". A catalogue Krav id is a number, a free-text one ("F1") text.
 */
final class KravSheet {

    private KravSheet() {}

    /** @param purchaser whether the purchaser's variant (which may show Fortolkning) is wanted */
    static void write(
            ExportDialogue dialogue, List<ExportRequirement> requirements, boolean purchaser, OutputStream out)
            throws IOException {
        boolean interpretation = purchaser
                && requirements.stream()
                        .anyMatch(r -> r.interpretation() != null
                                && !r.interpretation().isBlank());
        List<String> headers = new ArrayList<>(List.of("Krav id", "Navn", "Beskrivelse", "Rationale", "Kategori"));
        if (dialogue.prioritiesVisible()) {
            headers.add("Prioritet");
        }
        if (interpretation) {
            headers.add("Fortolkning");
        }
        try (StreamingWorkbook workbook = new StreamingWorkbook(100, true)) {
            TextCells text = workbook.text();
            workbook.sheet("Krav", sheet -> {
                header(sheet.createRow(0), headers, workbook.bold());
                int next = 1;
                for (ExportRequirement requirement : requirements) {
                    Row row = sheet.createRow(next++);
                    Long catalogId = requirement.catalogId();
                    if (catalogId != null) {
                        row.createCell(0).setCellValue(catalogId);
                    } else {
                        text.write(row.createCell(0), requirement.kravId());
                    }
                    List<@Nullable String> cells = new ArrayList<>(List.of(
                            requirement.name(),
                            requirement.text(),
                            orEmpty(requirement.rationale()),
                            requirement.category()));
                    if (dialogue.prioritiesVisible()) {
                        cells.add(Labels.priority(requirement.priority()));
                    }
                    if (interpretation) {
                        cells.add(requirement.interpretation());
                    }
                    texts(row, 1, cells, text);
                }
            });
            workbook.write(Labels.now(), out);
        }
    }

    /** Bold header texts from column 0. */
    static void header(Row row, List<String> headers, CellStyle bold) {
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(bold);
        }
    }

    /** Text cells from column {@code first}; a null leaves the cell empty. */
    static void texts(Row row, int first, List<@Nullable String> values, TextCells text) {
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            if (value != null) {
                text.write(row.createCell(first + i), value);
            }
        }
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
