package dk.anskaf.catalog.promotion;

import dk.anskaf.catalog.requirement.Requirement;
import dk.anskaf.catalog.requirement.RequirementNotFound;
import dk.anskaf.catalog.requirement.RequirementRepository;
import dk.anskaf.platform.events.Outbox;
import dk.anskaf.platform.security.CurrentUser;
import dk.anskaf.platform.tenancy.TenantContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The promotion workflow's application service: one method per use case, each one transaction that loads
 * a {@link PromotionRequest}, calls one transition, saves it and publishes the events it recorded through
 * the outbox. Approval also moves the requirement to its new owner ({@link OwnerHandover}). Rules live in
 * the aggregates; what needs the database to decide (membership, a pending request) is checked here.
 */
@Service
class Promotions {

    enum BoardDecision {
        APPROVE,
        REJECT,
        POSTPONE
    }

    enum CommunityDecision {
        APPROVE,
        REJECT
    }

    private final PromotionRequests requests;
    private final RequirementRepository requirements;
    private final PromotionQueries queries;
    private final OwnerHandover handover;
    private final Outbox outbox;
    private final Clock clock;

    Promotions(
            PromotionRequests requests,
            RequirementRepository requirements,
            PromotionQueries queries,
            OwnerHandover handover,
            Outbox outbox,
            Clock clock) {
        this.requests = requests;
        this.requirements = requirements;
        this.queries = queries;
        this.handover = handover;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * "Ophøj krav": the editor's municipality asks to promote its requirement.
     *
     * @throws RequirementNotFound if the caller cannot see the requirement (another municipality's)
     * @throws PromotionRefused.AlreadyPending if a request for it is pending, also under a concurrent one
     */
    @Transactional
    PromotionRequestView request(long requirementId, NewPromotionRequest input, CurrentUser editor) {
        Requirement requirement =
                requirements.findForUpdate(requirementId).orElseThrow(() -> new RequirementNotFound(requirementId));
        PromotionRequest request = PromotionRequest.request(
                new PromotionRequest.Subject(
                        requirementId,
                        requirement.name(),
                        requirement.categoryName(),
                        requirement.priority().label(),
                        requirement.isLocal(),
                        requirement.isDeleted()),
                input.promotionTarget(),
                input.community(),
                input.reason(),
                editor,
                TenantContext.require(),
                clock.instant());
        UUID community = input.community();
        if (input.promotionTarget() == PromotionTarget.COMMUNITY
                && (community == null || !queries.memberOf(community))) {
            throw new PromotionRefused.NotCommunityMember();
        }
        if (requests.existsByRequirementIdAndStatus(requirementId, PromotionStatus.PENDING)) {
            throw new PromotionRefused.AlreadyPending(requirementId);
        }
        try {
            save(request);
        } catch (RuntimeException e) {
            if (causedBy(e, DuplicateKeyException.class)) {
                // The one-pending index refused a request made at the same moment.
                throw new PromotionRefused.AlreadyPending(requirementId);
            }
            throw e;
        }
        return new PromotionRequestView(
                request.id(),
                requirementId,
                request.target(),
                request.reason(),
                request.status(),
                request.requestedAt().atOffset(ZoneOffset.UTC),
                null,
                true);
    }

    /** The board decides a request to the cross-municipal catalogue; approval moves the requirement. */
    @Transactional
    PromotionQueries.QueueItem decideAsBoard(
            UUID requestId,
            BoardDecision decision,
            @Nullable String reason,
            @Nullable UUID meetingId,
            CurrentUser board) {
        PromotionRequest request = load(requestId);
        String name = nameOf(request);
        Instant now = clock.instant();
        switch (decision) {
            case APPROVE -> request.approveByBoard(board, reason, meetingId, name, now);
            case REJECT -> request.rejectByBoard(board, reason, meetingId, name, now);
            case POSTPONE -> request.postpone(board, reason, meetingId, name, now);
        }
        if (decision == BoardDecision.APPROVE) {
            // Before the request is saved as approved: row-level security lets the board change the
            // requirement only while its request is pending.
            handover.handOver(request, board, "promotion-approval");
        }
        save(request);
        return new PromotionQueries.QueueItem(
                requestId,
                request.requirementId(),
                name,
                request.tenantId(),
                request.reason(),
                request.requestedByName(),
                request.requestedAt().atOffset(ZoneOffset.UTC),
                request.postponedCount());
    }

    /** Another member municipality decides a community request; approval moves the requirement. */
    @Transactional
    PromotionQueries.CommunityRequest decideAsCommunity(
            UUID requestId, CommunityDecision decision, @Nullable String reason, CurrentUser member) {
        PromotionRequest request = load(requestId);
        UUID community = request.communityId();
        // The board role opens every request in row-level security; a community's are its members' alone.
        if (community == null || !queries.memberOf(community)) {
            throw new PromotionRefused.RequestNotFound(requestId);
        }
        String name = nameOf(request);
        switch (decision) {
            case APPROVE -> request.approveByCommunity(member, TenantContext.require(), reason, name, clock.instant());
            case REJECT -> request.rejectByCommunity(member, TenantContext.require(), reason, name, clock.instant());
        }
        if (decision == CommunityDecision.APPROVE) {
            handover.handOver(request, member, "community-approval");
        }
        save(request);
        return new PromotionQueries.CommunityRequest(
                requestId,
                request.requirementId(),
                name,
                community,
                request.tenantId(),
                request.reason(),
                request.requestedByName(),
                request.requestedByEmail());
    }

    /** The requesting municipality withdraws its pending request to the cross-municipal catalogue. */
    @Transactional
    void cancel(UUID requestId, CurrentUser editor) {
        PromotionRequest request = load(requestId);
        String name = nameOf(request);
        request.cancel(editor, TenantContext.require(), name, clock.instant());
        save(request);
    }

    /** A request whose requirement the caller cannot see is not the caller's to decide. */
    private String nameOf(PromotionRequest request) {
        return queries.requirementName(request.requirementId())
                .orElseThrow(() -> new PromotionRefused.RequestNotFound(request.id()));
    }

    private PromotionRequest load(UUID requestId) {
        return requests.findLockedById(requestId).orElseThrow(() -> new PromotionRefused.RequestNotFound(requestId));
    }

    /** Saves the request and publishes what it recorded, in the caller's transaction. */
    private void save(PromotionRequest request) {
        requests.save(request);
        request.pullEvents().forEach(outbox::publish);
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
