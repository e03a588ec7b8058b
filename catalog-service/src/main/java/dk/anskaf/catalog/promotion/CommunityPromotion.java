package dk.anskaf.catalog.promotion;

import dk.anskaf.catalog.requirement.OwnerKind;
import dk.anskaf.platform.errors.ApiProblemException;
import dk.anskaf.platform.events.Outbox;
import dk.anskaf.platform.security.CurrentUser;
import dk.anskaf.platform.tenancy.TenantContext;
import dk.anskaf.platform.tenancy.TenantId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Local → community (DOMAIN.md section 4.2, improved): a member municipality's editor requests it, and
 * an editor of another member municipality approves or rejects (the incumbent moves it at once). Only
 * members see the request; row-level security decides membership.
 */
@RestController
@PreAuthorize("hasRole('EDITOR')")
class CommunityPromotion {

    enum Decision {
        APPROVE,
        REJECT
    }

    record Pending(
            UUID requestId,
            long requirementId,
            String requirementName,
            UUID communityId,
            String tenantId,
            String reason,
            String requestedByName,
            String requestedByEmail) {}

    record DecisionRequest(
            @NotNull(message = "Vælg en beslutning") Decision decision,

            @Size(max = 2000, message = "Begrundelse må højst være 2000 tegn")
            String reason) {}

    private final JdbcClient jdbc;
    private final Outbox outbox;
    private final Clock clock;

    private final OwnerHandover handover;

    CommunityPromotion(JdbcClient jdbc, Outbox outbox, Clock clock, OwnerHandover handover) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.clock = clock;
        this.handover = handover;
    }

    /** Requests from other members of my communities, waiting for one of us to decide. */
    @GetMapping("/api/v1/community/promotion-requests")
    @Transactional(readOnly = true)
    List<Pending> pending() {
        return jdbc.sql(SELECT
                        + " where p.status = 'PENDING' and p.target = 'COMMUNITY' and p.tenant_id <> ?" + MINE
                        + " order by p.requested_at")
                .param(TenantContext.require().value())
                .query(Pending.class)
                .list();
    }

    @PostMapping("/api/v1/promotion-requests/{id}/community-decision")
    @Transactional
    Pending decide(@PathVariable UUID id, @Valid @RequestBody DecisionRequest decision) {
        CurrentUser user = CurrentUser.require();
        Pending pending = jdbc.sql(SELECT + " where p.id = ? and p.status = 'PENDING' and p.target = 'COMMUNITY'" + MINE
                        + " for update of p")
                .param(id)
                .query(Pending.class)
                .optional()
                .orElseThrow(() -> ApiProblemException.notFound("Anmodningen findes ikke"));
        if (pending.tenantId().equals(TenantContext.require().value())) {
            throw ApiProblemException.forbidden("En anden medlemskommune skal godkende jeres anmodning");
        }
        if (decision.decision() == Decision.REJECT
                && (decision.reason() == null || decision.reason().isBlank())) {
            throw ApiProblemException.invalidField("reason", "Skriv en begrundelse for afvisningen");
        }
        if (decision.decision() == Decision.APPROVE) {
            handover.handOver(
                    pending.requirementId(),
                    pending.tenantId(),
                    OwnerKind.COMMUNITY,
                    pending.communityId(),
                    user,
                    "community-approval");
        }
        jdbc.sql(
                        "update promotion_request set status = ?, decided_by = ?, decided_at = now(), decision_reason = ? where id = ?")
                .params(
                        decision.decision() == Decision.APPROVE ? "APPROVED" : "REJECTED",
                        user.subject(),
                        decision.reason(),
                        id)
                .update();
        PromotionDecided data = new PromotionDecided(
                id,
                pending.requirementId(),
                pending.requirementName(),
                decision.decision().name(),
                decision.reason(),
                user.name(),
                pending.requestedByName(),
                pending.requestedByEmail(),
                pending.tenantId(),
                OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
        TenantContext.runAs(
                TenantId.of(pending.tenantId()),
                () -> outbox.publish(
                        PromotionTopics.PROMOTIONS,
                        decision.decision() == Decision.APPROVE ? PromotionTopics.APPROVED : PromotionTopics.REJECTED,
                        String.valueOf(pending.requirementId()),
                        data));
        return pending;
    }

    private static final String SELECT = """
            select p.id as request_id, p.requirement_id, r.name as requirement_name, p.community_id, p.tenant_id, p.reason,
                   p.requested_by_name, p.requested_by_email
            from promotion_request p join requirement r on r.id = p.requirement_id
            """;

    /**
     * Only requests to a community the caller's municipality is a member of: the board role opens no
     * community request (also in row-level security, V11).
     */
    private static final String MINE = " and member_of(p.community_id)";
}
