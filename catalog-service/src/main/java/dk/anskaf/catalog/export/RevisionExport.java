package dk.anskaf.catalog.export;

import dk.anskaf.catalog.requirement.Priority;
import dk.anskaf.catalog.requirement.RequirementService;
import dk.anskaf.platform.spreadsheet.StreamingWorkbook;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** One historical revision of a requirement as krav.xlsx, in the incumbent's vertical label | value rows. */
@RestController
class RevisionExport {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy/MM/dd - HH:mm");
    private static final ZoneId DENMARK = ZoneId.of("Europe/Copenhagen");

    private final RequirementService requirements;
    private final JdbcClient jdbc;

    RevisionExport(RequirementService requirements, JdbcClient jdbc) {
        this.requirements = requirements;
        this.jdbc = jdbc;
    }

    @GetMapping("/api/v1/requirements/{id}/revisions/{revision}.xlsx")
    @Transactional(readOnly = true)
    void export(@PathVariable long id, @PathVariable int revision, HttpServletResponse response) throws IOException {
        JsonNode snapshot = requirements.revisionSnapshot(id, revision);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Krav id", null});
        rows.add(new String[] {"Navn", text(snapshot, "name")});
        rows.add(new String[] {
            "Prioritet", Priority.valueOf(text(snapshot, "priority")).label()
        });
        rows.add(new String[] {"Kategori", text(snapshot, "categoryName")});
        rows.add(new String[] {"Beskrivelse", text(snapshot, "description")});
        rows.add(new String[] {"Rationale", text(snapshot, "rationale")});
        rows.add(new String[] {
            "Sidst ændret",
            OffsetDateTime.parse(text(snapshot, "updatedAt"))
                    .atZoneSameInstant(DENMARK)
                    .format(STAMP)
        });
        rows.add(new String[] {"Fortolkning", text(snapshot, "interpretation")});
        rows.add(new String[] {"Domæner", names("domain", snapshot.get("domainIds"))});
        rows.add(new String[] {"Filtre", names("filter", snapshot.get("filterIds"))});
        rows.add(new String[] {"Principper", names("principle", snapshot.get("principleIds"))});
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"krav.xlsx\"");
        long kravId = snapshot.get("id").asLong();
        try (StreamingWorkbook workbook = new StreamingWorkbook(100, false)) {
            workbook.sheet("Krav", sheet -> {
                for (int i = 0; i < rows.size(); i++) {
                    Row row = sheet.createRow(i);
                    row.createCell(0).setCellValue(rows.get(i)[0]);
                    row.getCell(0).setCellStyle(workbook.bold());
                    if (i == 0) {
                        // The Krav id is a number (written without decimals, see IntegerSheetDataWriter).
                        row.createCell(1).setCellValue(kravId);
                    } else {
                        workbook.text().write(row.createCell(1), rows.get(i)[1] == null ? "" : rows.get(i)[1]);
                    }
                }
            });
            workbook.write(OffsetDateTime.now(DENMARK).format(STAMP), response.getOutputStream());
        }
    }

    private static String text(JsonNode snapshot, String field) {
        JsonNode value = snapshot.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    /** Multi-values one per line, as in the incumbent's file. */
    private String names(String table, JsonNode ids) {
        if (ids == null || ids.isEmpty()) {
            return "";
        }
        List<Integer> list = new ArrayList<>();
        ids.forEach(id -> list.add(id.asInt()));
        // table is one of our fixed names
        return String.join(
                "\n",
                jdbc.sql("select name from " + table + " where id = any(?::integer[]) order by name")
                        .param("{"
                                + String.join(
                                        ",", list.stream().map(String::valueOf).toList()) + "}")
                        .query(String.class)
                        .list());
    }
}
