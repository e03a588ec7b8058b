package dk.anskaf.catalog.promotion;

import dk.anskaf.platform.errors.DomainException;
import java.util.UUID;

/**
 * The promotion feature's domain errors. Each is a slug of the problem bundle ({@code anskaf/problems});
 * the platform maps its kind to status and type (docs/api.md lists them).
 */
final class PromotionRefused {

    private PromotionRefused() {}

    /** 409 {@code promotion-pending}: one pending request per requirement. */
    static final class AlreadyPending extends DomainException {
        AlreadyPending(long requirementId) {
            super(Kind.CONFLICT, "promotion-pending", requirementId);
        }
    }

    /** 409 {@code not-local}: only a municipality's own requirement is promoted. */
    static final class NotLocal extends DomainException {
        NotLocal(long requirementId) {
            super(Kind.CONFLICT, "not-local", requirementId);
        }
    }

    /** 409 {@code deleted}: a deleted requirement is restored before it is promoted. */
    static final class RequirementDeleted extends DomainException {
        RequirementDeleted(long requirementId) {
            super(Kind.CONFLICT, "deleted", requirementId);
        }
    }

    /** 400 on {@code communityId}: a community the requesting municipality is not a member of. */
    static final class NotCommunityMember extends DomainException {
        NotCommunityMember() {
            super("communityId", "community-not-member");
        }
    }

    /**
     * 404: no such request for the caller (row-level security hides it, or it is not for this decider, e.g.
     * a community request sent to the board).
     */
    static final class RequestNotFound extends DomainException {
        RequestNotFound(UUID requestId) {
            super(Kind.NOT_FOUND, "promotion-request-not-found", requestId);
        }
    }

    /** 404: the request was decided or cancelled already; it is no longer in any queue. */
    static final class NotPending extends DomainException {
        NotPending(UUID requestId, PromotionStatus status) {
            super(Kind.NOT_FOUND, "promotion-not-pending", requestId, status);
        }
    }

    /** 400 on {@code reason}: a rejection says why. */
    static final class RejectionReasonMissing extends DomainException {
        RejectionReasonMissing() {
            super("reason", "rejection-reason-missing");
        }
    }

    /** 403: a community request is approved by another member municipality, not the requesting one. */
    static final class OwnCommunityRequest extends DomainException {
        OwnCommunityRequest(UUID requestId) {
            super(Kind.FORBIDDEN, "own-community-request", requestId);
        }
    }

    /** 400 on {@code meetingDate}. */
    static final class MeetingInPast extends DomainException {
        MeetingInPast() {
            super("meetingDate", "meeting-in-past");
        }
    }

    /** 409 {@code meeting-exists}: one board meeting a day. */
    static final class MeetingExists extends DomainException {
        MeetingExists() {
            super(Kind.CONFLICT, "meeting-exists");
        }
    }
}
