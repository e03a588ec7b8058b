package dk.anskaf.catalog.promotion;

import dk.anskaf.platform.events.DomainEvent;
import dk.anskaf.platform.security.CurrentUser;
import dk.anskaf.platform.tenancy.TenantId;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.InsertOnlyProperty;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A municipality's request to promote one of its local requirements ("Ophøj krav"), the aggregate of the
 * promotion workflow and the model for the next ones (docs/architecture.md). Its state changes only
 * through the transition methods below, which refuse illegal moves with a {@link PromotionRefused}
 * exception and record the event each move causes; {@link Promotions} saves the request through {@link
 * PromotionRequests} and then publishes {@link #pullEvents()} through the outbox, in one transaction.
 *
 * <pre>
 *   request ──▶ PENDING ──approve──▶ APPROVED
 *                 │ ▲   ──reject───▶ REJECTED
 *                 └─┘   ──cancel───▶ CANCELLED
 *               postpone (board only)
 * </pre>
 *
 * The board decides requests to the cross-municipal catalogue; another member municipality decides
 * requests to a community. A decided request never moves again. Row-level security (V5, V9, V11) still
 * decides who may load and save the row.
 */
@Table("promotion_request")
class PromotionRequest {

    /** The requirement as the request needs it: to check it may be promoted, and to name it in events. */
    record Subject(long requirementId, String name, String category, String priority, boolean local, boolean deleted) {}

    @Id
    private final UUID id;

    private final long requirementId;

    /** The requesting municipality; written once, from the verified token (row-level security checks it). */
    @InsertOnlyProperty
    private final String tenantId;

    private final PromotionTarget target;
    private final @Nullable UUID communityId;
    private final String reason;
    private PromotionStatus status;
    private final String requestedBy;
    private final String requestedByName;
    private final String requestedByEmail;
    private final Instant requestedAt;
    private int postponedCount;
    private @Nullable UUID meetingId;
    private @Nullable String decidedBy;
    private @Nullable Instant decidedAt;
    private @Nullable String decisionReason;

    @Version
    private @Nullable Integer version;

    @Transient
    private final List<DomainEvent> events = new ArrayList<>();

    @PersistenceCreator
    PromotionRequest(
            UUID id,
            long requirementId,
            String tenantId,
            PromotionTarget target,
            @Nullable UUID communityId,
            String reason,
            PromotionStatus status,
            String requestedBy,
            String requestedByName,
            String requestedByEmail,
            Instant requestedAt,
            int postponedCount,
            @Nullable UUID meetingId,
            @Nullable String decidedBy,
            @Nullable Instant decidedAt,
            @Nullable String decisionReason,
            @Nullable Integer version) {
        this.id = id;
        this.requirementId = requirementId;
        this.tenantId = tenantId;
        this.target = target;
        this.communityId = communityId;
        this.reason = reason;
        this.status = status;
        this.requestedBy = requestedBy;
        this.requestedByName = requestedByName;
        this.requestedByEmail = requestedByEmail;
        this.requestedAt = requestedAt;
        this.postponedCount = postponedCount;
        this.meetingId = meetingId;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
        this.decisionReason = decisionReason;
        this.version = version;
    }

    /**
     * A new pending request by {@code editor} of the requirement's municipality; records {@link
     * RequirementPromotionRequested}. Whether the municipality is a member of the community and whether a
     * request is pending already need the database: {@link Promotions} checks them.
     *
     * @throws PromotionRefused.RequirementDeleted if the requirement is deleted
     * @throws PromotionRefused.NotLocal if the municipality does not own it alone
     */
    static PromotionRequest request(
            Subject requirement,
            PromotionTarget target,
            @Nullable UUID communityId,
            String reason,
            CurrentUser editor,
            TenantId municipality,
            Instant now) {
        if (requirement.deleted()) {
            throw new PromotionRefused.RequirementDeleted(requirement.requirementId());
        }
        if (!requirement.local()) {
            throw new PromotionRefused.NotLocal(requirement.requirementId());
        }
        PromotionRequest request = new PromotionRequest(
                UUID.randomUUID(),
                requirement.requirementId(),
                municipality.value(),
                target,
                communityId,
                reason.strip(),
                PromotionStatus.PENDING,
                editor.subject(),
                editor.name(),
                editor.email(),
                now,
                0,
                null,
                null,
                null,
                null,
                null);
        request.events.add(new RequirementPromotionRequested(
                request.id,
                requirement.requirementId(),
                requirement.name(),
                requirement.category(),
                requirement.priority(),
                target.name(),
                request.reason,
                editor.name(),
                editor.email(),
                editor.tenantName(),
                editor.kommunekode(),
                utc(now)));
        return request;
    }

    /** The board approves a request to the cross-municipal catalogue; the caller moves the requirement. */
    void approveByBoard(
            CurrentUser board, @Nullable String reason, @Nullable UUID meeting, String requirementName, Instant now) {
        requireDecidable(PromotionTarget.CROSS_MUNICIPAL);
        decide(PromotionStatus.APPROVED, "APPROVE", board, reason, requirementName, now);
        meetingId = meeting;
    }

    /**
     * The board rejects a request to the cross-municipal catalogue, with a reason.
     *
     * @throws PromotionRefused.RejectionReasonMissing without a reason
     */
    void rejectByBoard(
            CurrentUser board, @Nullable String reason, @Nullable UUID meeting, String requirementName, Instant now) {
        requireDecidable(PromotionTarget.CROSS_MUNICIPAL);
        requireReason(reason);
        decide(PromotionStatus.REJECTED, "REJECT", board, reason, requirementName, now);
        meetingId = meeting;
    }

    /** The board puts a request off to a later meeting: it stays pending and counts the postponement. */
    void postpone(
            CurrentUser board, @Nullable String reason, @Nullable UUID meeting, String requirementName, Instant now) {
        requireDecidable(PromotionTarget.CROSS_MUNICIPAL);
        decide(PromotionStatus.PENDING, "POSTPONE", board, reason, requirementName, now);
        meetingId = meeting;
        postponedCount++;
    }

    /**
     * An editor of another member municipality approves a community request; the caller moves the
     * requirement.
     *
     * @throws PromotionRefused.OwnCommunityRequest if {@code deciding} is the requesting municipality
     */
    void approveByCommunity(
            CurrentUser member, TenantId deciding, @Nullable String reason, String requirementName, Instant now) {
        requireOtherMember(deciding);
        decide(PromotionStatus.APPROVED, "APPROVE", member, reason, requirementName, now);
    }

    /** As {@link #approveByCommunity}, rejecting with a reason. */
    void rejectByCommunity(
            CurrentUser member, TenantId deciding, @Nullable String reason, String requirementName, Instant now) {
        requireOtherMember(deciding);
        requireReason(reason);
        decide(PromotionStatus.REJECTED, "REJECT", member, reason, requirementName, now);
    }

    /**
     * The requesting municipality withdraws its request to the cross-municipal catalogue while it is
     * pending. To anyone else the request does not exist.
     */
    void cancel(CurrentUser editor, TenantId acting, String requirementName, Instant now) {
        if (!tenantId.equals(acting.value())) {
            throw new PromotionRefused.RequestNotFound(id);
        }
        requireDecidable(PromotionTarget.CROSS_MUNICIPAL);
        // A withdrawal gives no reason: a postponement's reason stays on the request.
        String postponedFor = decisionReason;
        decide(PromotionStatus.CANCELLED, "CANCEL", editor, null, requirementName, now);
        decisionReason = postponedFor;
    }

    /** The events recorded since the last call, oldest first, for the outbox; then forgotten. */
    List<DomainEvent> pullEvents() {
        List<DomainEvent> recorded = List.copyOf(events);
        events.clear();
        return recorded;
    }

    private void requireDecidable(PromotionTarget decidedHere) {
        if (target != decidedHere) {
            throw new PromotionRefused.RequestNotFound(id);
        }
        if (status != PromotionStatus.PENDING) {
            throw new PromotionRefused.NotPending(id, status);
        }
    }

    private void requireOtherMember(TenantId deciding) {
        requireDecidable(PromotionTarget.COMMUNITY);
        if (tenantId.equals(deciding.value())) {
            throw new PromotionRefused.OwnCommunityRequest(id);
        }
    }

    private static void requireReason(@Nullable String reason) {
        if (reason == null || reason.isBlank()) {
            throw new PromotionRefused.RejectionReasonMissing();
        }
    }

    private void decide(
            PromotionStatus next,
            String decision,
            CurrentUser by,
            @Nullable String reason,
            String requirementName,
            Instant now) {
        status = next;
        decidedBy = by.subject();
        decidedAt = now;
        decisionReason = blankToNull(reason);
        events.add(new PromotionDecided(
                id,
                requirementId,
                requirementName,
                decision,
                decisionReason,
                by.name(),
                requestedByName,
                requestedByEmail,
                tenantId,
                utc(now)));
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    UUID id() {
        return id;
    }

    long requirementId() {
        return requirementId;
    }

    String tenantId() {
        return tenantId;
    }

    PromotionTarget target() {
        return target;
    }

    @Nullable
    UUID communityId() {
        return communityId;
    }

    String reason() {
        return reason;
    }

    PromotionStatus status() {
        return status;
    }

    String requestedByName() {
        return requestedByName;
    }

    String requestedByEmail() {
        return requestedByEmail;
    }

    Instant requestedAt() {
        return requestedAt;
    }

    int postponedCount() {
        return postponedCount;
    }

    @Nullable
    String decisionReason() {
        return decisionReason;
    }

    @Nullable
    UUID meetingId() {
        return meetingId;
    }
}
