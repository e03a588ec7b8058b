package dk.anskaf.catalog.export;

import dk.anskaf.platform.spreadsheet.FormulaInjection;
import dk.anskaf.platform.spreadsheet.StreamingWorkbook;
import dk.anskaf.platform.spreadsheet.TextCells;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the kravbank as .xlsx (streamed: at most 100 rows in memory, no row ceiling), CSV (semicolon,
 * UTF-8 with BOM, as Danish Excel opens it) or JSON, directly to the response while the rows are read:
 * every format sends its first bytes long before the last row, so no proxy waits for a silent answer.
 * Krav ids are whole numbers in every format; text that could start a formula is neutralised in CSV and
 * quote-prefixed in xlsx.
 */
final class KravbankWriters {

    private KravbankWriters() {}

    /** Rows are pushed into the returned consumer; {@code source} drives it. */
    interface Source {
        void forEach(Consumer<KravbankRow> row);
    }

    static void xlsx(KravbankColumns columns, Source source, LocalDate extracted, OutputStream out) throws IOException {
        try (StreamingWorkbook workbook = new StreamingWorkbook(100, true)) {
            TextCells text = workbook.text();
            // Runs while the file is written: each row leaves for the response once it drops out of the window.
            workbook.sheet("Krav", sheet -> {
                Row header = sheet.createRow(0);
                List<String> headers = columns.headers();
                for (int i = 0; i < headers.size(); i++) {
                    Cell cell = header.createCell(i);
                    cell.setCellValue(headers.get(i));
                    cell.setCellStyle(workbook.bold());
                }
                int[] next = {1};
                source.forEach(row -> {
                    Row line = sheet.createRow(next[0]++);
                    List<Object> cells = columns.cells(row);
                    for (int i = 0; i < cells.size(); i++) {
                        Object value = cells.get(i);
                        Cell cell = line.createCell(i);
                        if (value instanceof Long number) {
                            cell.setCellValue(number);
                        } else if (value != null) {
                            // Text is written as text, never as a formula.
                            text.write(cell, value.toString());
                        }
                    }
                });
            });
            workbook.write(extracted.toString(), out);
        }
    }

    static void csv(KravbankColumns columns, Source source, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        writer.write(line(columns.headers().stream().map(Object.class::cast).toList()));
        try {
            source.forEach(row -> {
                try {
                    writer.write(line(columns.cells(row)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        writer.flush();
    }

    static void json(KravbankColumns columns, Source source, JsonMapper mapper, OutputStream out) {
        try (JsonGenerator json = mapper.createGenerator(out)) {
            json.writeStartArray();
            source.forEach(row -> {
                json.writeStartObject();
                List<Object> cells = columns.cells(row);
                for (int i = 0; i < cells.size(); i++) {
                    json.writeName(columns.headers().get(i));
                    Object value = cells.get(i);
                    if (value instanceof Long number) {
                        json.writeNumber(number);
                    } else if (value == null) {
                        json.writeNull();
                    } else {
                        json.writeString(value.toString());
                    }
                }
                json.writeEndObject();
            });
            json.writeEndArray();
        }
    }

    private static String line(List<Object> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(';');
            }
            line.append(csvCell(cells.get(i)));
        }
        return line.append("\r\n").toString();
    }

    /** Quoted when needed; text that could start a formula is neutralised ({@link FormulaInjection}). */
    static String csvCell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof Long ? value.toString() : FormulaInjection.neutralise(value.toString());
        if (text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
