package dk.anskaf.dialogue.export;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;

/** The headers every file of a dialogue leaves with, sent before the body is written. */
final class FileResponses {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String PDF = "application/pdf";

    private FileResponses() {}

    static void start(HttpServletResponse response, String contentType, String disposition) throws IOException {
        response.setContentType(contentType);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, disposition);
        // A person's answers: never kept by a shared cache or the browser's back button.
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        // Status and headers leave now, before the file is built: the gateway's response timeout waits for
        // them (docs/operations.md), as for the kravbank.
        response.flushBuffer();
    }
}
