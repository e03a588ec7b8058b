package dk.anskaf.catalog.promotion;

import dk.anskaf.platform.security.CurrentUser;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A requirement's promotion requests: making one, and reading what became of them. */
@RestController
class PromotionController {

    private final Promotions promotions;
    private final PromotionQueries queries;

    PromotionController(Promotions promotions, PromotionQueries queries) {
        this.promotions = promotions;
        this.queries = queries;
    }

    /** "Ophøj krav" to the cross-municipal catalogue (Tværkommunale kravbank) or a community. */
    @PostMapping("/api/v1/requirements/{id}/promotion-requests")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('EDITOR')")
    PromotionRequestView request(@PathVariable long id, @Valid @RequestBody NewPromotionRequest request) {
        return promotions.request(id, request, CurrentUser.require());
    }

    /** What became of the requests to promote a requirement, so its page can offer to cancel a pending one. */
    @GetMapping("/api/v1/requirements/{id}/promotion-requests")
    List<PromotionRequestView> requests(@PathVariable long id) {
        return queries.requestsFor(id);
    }
}
