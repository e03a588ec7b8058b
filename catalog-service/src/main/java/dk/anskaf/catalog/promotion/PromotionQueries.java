package dk.anskaf.catalog.promotion;

import dk.anskaf.catalog.requirement.RequirementNotFound;
import dk.anskaf.catalog.requirement.RequirementRepository;
import dk.anskaf.platform.tenancy.TenantContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The promotion workflow's read models: the board's queue, the community's pending requests and a
 * requirement's requests. Lists are SQL on {@link JdbcClient}, not aggregates; statuses and targets are
 * bound from their enums. Row-level security decides which rows each caller reads.
 */
@Component
class PromotionQueries {

    /** A request in the board's queue (and a meeting's agenda). */
    record QueueItem(
            UUID requestId,
            long requirementId,
            String requirementName,
            String municipalityTenantId,
            String reason,
            String requestedByName,
            OffsetDateTime requestedAt,
            int postponedCount) {}

    /** A community request as the other members see it. */
    record CommunityRequest(
            UUID requestId,
            long requirementId,
            String requirementName,
            UUID communityId,
            String tenantId,
            String reason,
            String requestedByName,
            String requestedByEmail) {}

    private final JdbcClient jdbc;
    private final RequirementRepository requirements;

    PromotionQueries(JdbcClient jdbc, RequirementRepository requirements) {
        this.jdbc = jdbc;
        this.requirements = requirements;
    }

    /** Requests to the cross-municipal catalogue awaiting the board, oldest first. */
    @Transactional(readOnly = true)
    List<QueueItem> boardQueue() {
        return jdbc.sql("""
                        select p.id as request_id, p.requirement_id, r.name as requirement_name, p.tenant_id as municipality_tenant_id,
                               p.reason, p.requested_by_name, p.requested_at, p.postponed_count
                        from promotion_request p join requirement r on r.id = p.requirement_id
                        where p.status = ? and p.target = ? order by p.requested_at
                        """)
                .params(PromotionStatus.PENDING.name(), PromotionTarget.CROSS_MUNICIPAL.name())
                .query(QueueItem.class)
                .list();
    }

    /**
     * Requests from other members of my communities, waiting for one of us to decide. Only communities the
     * caller's municipality is a member of: the board role opens no community request (also in row-level
     * security, V11).
     */
    @Transactional(readOnly = true)
    List<CommunityRequest> communityPending() {
        return jdbc.sql("""
                        select p.id as request_id, p.requirement_id, r.name as requirement_name, p.community_id, p.tenant_id,
                               p.reason, p.requested_by_name, p.requested_by_email
                        from promotion_request p join requirement r on r.id = p.requirement_id
                        where p.status = ? and p.target = ? and p.tenant_id <> ? and member_of(p.community_id)
                        order by p.requested_at
                        """)
                .params(
                        PromotionStatus.PENDING.name(),
                        PromotionTarget.COMMUNITY.name(),
                        TenantContext.require().value())
                .query(CommunityRequest.class)
                .list();
    }

    /**
     * A requirement's promotion requests, newest first: the municipality's own, or any for the board;
     * {@code own} tells whether the caller's municipality made it (and so may withdraw it).
     *
     * @throws RequirementNotFound if the caller cannot see the requirement
     */
    @Transactional(readOnly = true)
    List<PromotionRequestView> requestsFor(long requirementId) {
        requirements.find(requirementId).orElseThrow(() -> new RequirementNotFound(requirementId));
        return jdbc.sql("""
                        select id, requirement_id, target, reason, status, requested_at, decision_reason,
                               tenant_id = current_setting('app.tenant_id', true) as own
                        from promotion_request where requirement_id = ? order by requested_at desc
                        """)
                .param(requirementId)
                .query(PromotionRequestView.class)
                .list();
    }

    /** Whether the caller's municipality is a member of {@code communityId}. */
    boolean memberOf(UUID communityId) {
        return Boolean.TRUE.equals(jdbc.sql("select member_of(?)")
                .param(communityId)
                .query(Boolean.class)
                .single());
    }

    /** The name of a requirement if the caller can see it, for the events of its promotion. */
    Optional<String> requirementName(long requirementId) {
        return jdbc.sql("select name from requirement where id = ?")
                .param(requirementId)
                .query(String.class)
                .optional();
    }
}
