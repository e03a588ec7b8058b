package dk.anskaf.dialogue.integration;

import dk.anskaf.dialogue.dialogue.DialogueRefused;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The read API for municipalities (DOMAIN.md §6.6): HTTP only, the reads are {@link ReadApiQueries}.
 * Another municipality's dialogue, a deleted one and one that does not exist all answer the same 404.
 */
@RestController
@RequestMapping("/api/v1/integration/dialogues")
@PreAuthorize("@readApiAccess.mayRead(authentication)")
@Tag(
        name = "Read API for municipalities",
        description = "A municipality's own market dialogues, read only, for its integration client"
                + " (OAuth2 client credentials, scope dialogue.read). See docs/api.md.")
@SecurityRequirement(name = ReadApiDocumentation.SCHEME, scopes = ReadApiAccess.SCOPE)
@ApiResponse(
        responseCode = "401",
        description = "No valid access token",
        content =
                @Content(
                        mediaType = "application/problem+json",
                        schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(
        responseCode = "403",
        description = "The token is neither an integration client's with scope dialogue.read nor a purchaser's",
        content =
                @Content(
                        mediaType = "application/problem+json",
                        schema = @Schema(implementation = ProblemDetail.class)))
class ReadApiController {

    static final int MAX_PAGE_SIZE = 200;

    private final ReadApiQueries queries;

    ReadApiController(ReadApiQueries queries) {
        this.queries = queries;
    }

    @GetMapping
    @Operation(summary = "The municipality's dialogues, newest first, a page at a time (soft-deleted ones left out)")
    @ApiResponse(responseCode = "200", description = "A page of dialogues")
    @ApiResponse(
            responseCode = "400",
            description = "page below 0, or size outside 1–200 (the problem names the field)",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    ReadApiViews.DialoguePage dialogues(
            @Parameter(description = "0-based page number") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Dialogues per page, 1–200") @RequestParam(defaultValue = "50") int size) {
        if (page < 0) {
            throw new ReadApiRefused.BadPaging("page", "integration-page");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new ReadApiRefused.BadPaging("size", "integration-page-size");
        }
        return queries.dialogues(page, size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One dialogue: id, title, description, status, contact e-mail, start and end")
    @ApiResponse(responseCode = "200", description = "The dialogue")
    @ApiResponse(
            responseCode = "404",
            description = "No such dialogue for this municipality (another municipality's ids answer the same)",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    ReadApiViews.DialogueDetail dialogue(@PathVariable long id) {
        return queries.dialogue(id).orElseThrow(() -> new DialogueRefused.NotFound(id));
    }

    @GetMapping("/{id}/requirements")
    @Operation(
            summary = "The dialogue's requirements in its order, the text as suppliers read it;"
                    + " free-text requirements have their own ids (F1, F2 …)")
    @ApiResponse(responseCode = "200", description = "The requirements")
    @ApiResponse(
            responseCode = "404",
            description = "No such dialogue for this municipality",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    List<ReadApiViews.Requirement> requirements(@PathVariable long id) {
        return queries.requirements(id).orElseThrow(() -> new DialogueRefused.NotFound(id));
    }

    @GetMapping("/{id}/chosen-supplier")
    @Operation(summary = "The chosen supplier (Vælg leverandør): organisation, CVR, IT system and its answers")
    @ApiResponse(responseCode = "200", description = "The chosen supplier and its answers")
    @ApiResponse(
            responseCode = "404",
            description = "No such dialogue for this municipality, or no supplier chosen in it"
                    + " (detail: \"Der er ikke valgt en leverandør i markedsdialogen\")",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    ReadApiViews.ChosenSupplier chosenSupplier(@PathVariable long id) {
        return queries.chosenSupplier(id)
                .orElseThrow(() -> queries.exists(id)
                        ? new ReadApiRefused.NoChosenSupplier(id)
                        : new DialogueRefused.NotFound(id));
    }
}
