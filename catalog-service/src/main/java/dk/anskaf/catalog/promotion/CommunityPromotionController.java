package dk.anskaf.catalog.promotion;

import dk.anskaf.platform.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Local → community: a member municipality's editor requests it, and an editor of another member
 * municipality approves or rejects (the incumbent moves it at once). Only members see the request;
 * row-level security decides membership.
 */
@RestController
@PreAuthorize("hasRole('EDITOR')")
class CommunityPromotionController {

    record DecisionRequest(
            @NotNull(message = "Vælg en beslutning") Promotions.CommunityDecision decision,

            @Size(max = 2000, message = "Begrundelse må højst være 2000 tegn") @Nullable
            String reason) {}

    private final Promotions promotions;
    private final PromotionQueries queries;

    CommunityPromotionController(Promotions promotions, PromotionQueries queries) {
        this.promotions = promotions;
        this.queries = queries;
    }

    /** Requests from other members of my communities, waiting for one of us to decide. */
    @GetMapping("/api/v1/community/promotion-requests")
    List<PromotionQueries.CommunityRequest> pending() {
        return queries.communityPending();
    }

    @PostMapping("/api/v1/promotion-requests/{id}/community-decision")
    PromotionQueries.CommunityRequest decide(@PathVariable UUID id, @Valid @RequestBody DecisionRequest decision) {
        return promotions.decideAsCommunity(id, decision.decision(), decision.reason(), CurrentUser.require());
    }
}
