package dk.anskaf.dialogue.comparison;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The comparison (docs/api.md "Comparison"): purchasers and editors of the owning municipality, as the
 * rest of the purchaser's dialogue API. Query parameters are {@link ComparisonFilter}'s. Maps HTTP only.
 */
@RestController
@PreAuthorize("hasAnyRole('PURCHASER', 'EDITOR')")
class ComparisonController {

    private static final ZoneId DENMARK = ZoneId.of("Europe/Copenhagen");
    private static final DateTimeFormatter EXTRACTED = DateTimeFormatter.ofPattern("yyyy/MM/dd - HH:mm");

    private final ComparisonQueries queries;

    ComparisonController(ComparisonQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/v1/dialogues/{id}/comparison")
    Comparison comparison(@PathVariable long id, @RequestParam MultiValueMap<String, String> params) {
        return queries.compare(id, ComparisonFilter.of(params));
    }

    /**
     * The same comparison as a file. It is read whole first (a dialogue's requirements times its suppliers,
     * small enough) and then written without a transaction, so no database connection waits on a slow client.
     */
    @GetMapping("/api/v1/dialogues/{id}/comparison.xlsx")
    void workbook(
            @PathVariable long id, @RequestParam MultiValueMap<String, String> params, HttpServletResponse response)
            throws IOException {
        Comparison comparison = queries.compare(id, ComparisonFilter.of(params));
        response.setContentType(ComparisonWorkbook.CONTENT_TYPE);
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"sammenligning-" + comparison.dialogueId() + ".xlsx\"");
        ComparisonWorkbook.write(comparison, EXTRACTED.format(ZonedDateTime.now(DENMARK)), response.getOutputStream());
    }
}
