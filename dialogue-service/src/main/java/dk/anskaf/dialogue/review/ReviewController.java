package dk.anskaf.dialogue.review;

import dk.anskaf.platform.errors.IfMatch;
import dk.anskaf.platform.security.CurrentUser;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Besvarelser (docs/api.md, "Review and elaboration"): purchasers and editors of the owning municipality;
 * a supplier contact's token is 403, another municipality's dialogue 404. Maps HTTP only.
 */
@RestController
@RequestMapping("/api/v1/dialogues/{id}/answer-sets")
@PreAuthorize("hasAnyRole('PURCHASER', 'EDITOR')")
class ReviewController {

    private final Reviews reviews;

    ReviewController(Reviews reviews) {
        this.reviews = reviews;
    }

    @GetMapping
    List<ReviewViews.AnswerSetOverview> overview(@PathVariable long id) {
        return reviews.overview(id);
    }

    @GetMapping("/{answerSetId}")
    ReviewViews.SupplierAnswers answers(@PathVariable long id, @PathVariable UUID answerSetId) {
        return reviews.answers(id, answerSetId);
    }

    /** "Status og bemærkning": If-Match carries the review's version (0 before the first). */
    @PutMapping("/{answerSetId}/reviews/{requirementId}")
    ResponseEntity<ReviewViews.Review> review(
            @PathVariable long id,
            @PathVariable UUID answerSetId,
            @PathVariable long requirementId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @RequestBody ReviewViews.ReviewInput input) {
        int expected = IfMatch.version(
                ifMatch, "Send If-Match med versionen af svarets status, så ingen ændring overskrives uset");
        ReviewViews.Review saved =
                reviews.review(id, answerSetId, requirementId, expected, input, CurrentUser.require());
        return ResponseEntity.ok().eTag("\"" + saved.version() + "\"").body(saved);
    }

    /** "Anmod leverandør om yderligere uddybning". */
    @PostMapping("/{answerSetId}/elaboration-requests")
    ResponseEntity<ReviewViews.SupplierAnswers> requestElaboration(
            @PathVariable long id, @PathVariable UUID answerSetId, @RequestBody ReviewViews.ElaborationInput input) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(reviews.requestElaboration(id, answerSetId, input.message(), CurrentUser.require()));
    }
}
