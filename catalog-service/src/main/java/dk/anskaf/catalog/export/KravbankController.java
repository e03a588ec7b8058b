package dk.anskaf.catalog.export;

import dk.anskaf.platform.security.CurrentUser;
import dk.anskaf.platform.security.Role;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * "Download kravbank": anonymously the cross-municipal catalogue, logged in also the municipality's own
 * requirements with the local columns (and editor notes for editors). Every download is counted.
 */
@RestController
class KravbankController {

    private static final ZoneId DENMARK = ZoneId.of("Europe/Copenhagen");

    private final KravbankRows rows;
    private final JdbcClient jdbc;
    private final JsonMapper json;

    KravbankController(KravbankRows rows, JdbcClient jdbc, JsonMapper json) {
        this.rows = rows;
        this.jdbc = jdbc;
        this.json = json;
    }

    @GetMapping("/api/v1/public/kravbank.{format}")
    @Transactional(readOnly = false)
    void anonymous(@PathVariable String format, HttpServletResponse response) throws IOException {
        write(Format.of(format), KravbankColumns.ANONYMOUS, false, "ANONYMOUS", response);
    }

    @GetMapping("/api/v1/kravbank.{format}")
    @Transactional(readOnly = false)
    void loggedIn(@PathVariable String format, HttpServletResponse response) throws IOException {
        CurrentUser user = CurrentUser.require();
        KravbankColumns columns =
                user.has(Role.EDITOR) || user.has(Role.BOARD) ? KravbankColumns.EDITOR : KravbankColumns.LOGGED_IN;
        write(Format.of(format), columns, true, "LOGGED_IN", response);
    }

    private void write(
            Format format, KravbankColumns columns, boolean includeOwn, String audience, HttpServletResponse response)
            throws IOException {
        jdbc.sql("insert into kravbank_download (audience, format) values (?, ?)")
                .params(audience, format.name())
                .update();
        response.setContentType(format.contentType);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"krav." + format.extension + "\"");
        // The status and headers leave now, before the first row is read: the gateway's response timeout
        // waits for them, and a large file must not look like a service that hangs (docs/operations.md).
        response.flushBuffer();
        KravbankWriters.Source source = consumer -> rows.forEach(includeOwn, consumer);
        switch (format) {
            case XLSX -> KravbankWriters.xlsx(columns, source, LocalDate.now(DENMARK), response.getOutputStream());
            case CSV -> KravbankWriters.csv(columns, source, response.getOutputStream());
            case JSON -> KravbankWriters.json(columns, source, json, response.getOutputStream());
        }
    }

    enum Format {
        XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        CSV("csv", "text/csv; charset=UTF-8"),
        JSON("json", "application/json");

        private final String extension;
        private final String contentType;

        Format(String extension, String contentType) {
            this.extension = extension;
            this.contentType = contentType;
        }

        static Format of(String extension) {
            for (Format format : values()) {
                if (format.extension.equals(extension)) {
                    return format;
                }
            }
            throw dk.anskaf.platform.errors.ApiProblemException.notFound("Kravbanken findes som .xlsx, .csv og .json");
        }
    }
}
