package dk.anskaf.catalog.promotion;

import dk.anskaf.catalog.requirement.Requirement;
import dk.anskaf.catalog.requirement.RequirementRepository;
import dk.anskaf.platform.errors.ApiProblemException;
import dk.anskaf.platform.events.Outbox;
import dk.anskaf.platform.security.CurrentUser;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests promotion of a local requirement to the cross-municipal catalogue (DOMAIN.md section 4.1): the
 * request is stored and {@link RequirementPromotionRequested} is published in the same transaction.
 */
@Service
class PromotionService {

    private final RequirementRepository requirements;
    private final JdbcClient jdbc;
    private final Outbox outbox;
    private final Clock clock;

    PromotionService(RequirementRepository requirements, JdbcClient jdbc, Outbox outbox, Clock clock) {
        this.requirements = requirements;
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    PromotionRequestView requestCrossMunicipal(long requirementId, NewPromotionRequest request, CurrentUser user) {
        // Another municipality's requirement is invisible under row-level security: it is simply not found.
        Requirement requirement = requirements
                .findForUpdate(requirementId)
                .orElseThrow(() -> ApiProblemException.notFound("Kravet findes ikke"));
        if (requirement.isDeleted()) {
            throw ApiProblemException.conflict("deleted", "Et slettet krav kan ikke ophøjes");
        }
        if (!requirement.isLocal()) {
            throw ApiProblemException.conflict("not-local", "Kun lokale krav kan ophøjes");
        }
        if (request.toCommunity() && !memberOf(request.communityId())) {
            throw ApiProblemException.invalidField("communityId", "Vælg et samarbejde, din kommune er medlem af");
        }
        String target = request.toCommunity() ? "COMMUNITY" : "CROSS_MUNICIPAL";
        UUID communityId = request.toCommunity() ? request.communityId() : null;
        if (hasPending(requirementId)) {
            throw ApiProblemException.conflict("promotion-pending", "Kravet har allerede en anmodning, der afventer");
        }
        UUID id = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        String reason = request.reason().strip();
        try {
            jdbc.sql("""
                            insert into promotion_request (id, requirement_id, target, community_id, reason, status,
                                                           requested_by, requested_by_name, requested_by_email, requested_at)
                            values (?, ?, ?, ?, ?, 'PENDING', ?, ?, ?, ?)
                            """)
                    .params(
                            id,
                            requirementId,
                            target,
                            communityId,
                            reason,
                            user.subject(),
                            user.name(),
                            user.email(),
                            now)
                    .update();
        } catch (DuplicateKeyException concurrent) {
            throw ApiProblemException.conflict("promotion-pending", "Kravet har allerede en anmodning, der afventer");
        }
        outbox.publish(
                PromotionTopics.PROMOTIONS,
                PromotionTopics.REQUESTED,
                String.valueOf(requirementId),
                new RequirementPromotionRequested(
                        id,
                        requirementId,
                        requirement.name(),
                        requirement.categoryName(),
                        requirement.priority().label(),
                        target,
                        reason,
                        user.name(),
                        user.email(),
                        user.tenantName(),
                        user.kommunekode(),
                        now));
        return new PromotionRequestView(id, requirementId, target, reason, "PENDING", now, null, true);
    }

    private boolean memberOf(UUID communityId) {
        return communityId != null
                && jdbc.sql("select member_of(?)")
                        .param(communityId)
                        .query(Boolean.class)
                        .single();
    }

    private boolean hasPending(long requirementId) {
        return jdbc.sql(
                        "select exists (select 1 from promotion_request where requirement_id = ? and status = 'PENDING')")
                .param(requirementId)
                .query(Boolean.class)
                .single();
    }

    /**
     * A requirement's promotion requests, newest first: the municipality's own, or any for the board;
     * {@code own} tells whether the caller's municipality made it (and so may withdraw it).
     */
    @Transactional(readOnly = true)
    java.util.List<PromotionRequestView> requestsFor(long requirementId) {
        requirements.find(requirementId).orElseThrow(() -> ApiProblemException.notFound("Kravet findes ikke"));
        return jdbc.sql("""
                        select id, requirement_id, target, reason, status, requested_at, decision_reason,
                               tenant_id = current_setting('app.tenant_id', true) as own
                        from promotion_request where requirement_id = ? order by requested_at desc
                        """)
                .param(requirementId)
                .query(PromotionRequestView.class)
                .list();
    }
}
