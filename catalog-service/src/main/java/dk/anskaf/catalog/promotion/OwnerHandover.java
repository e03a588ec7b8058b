package dk.anskaf.catalog.promotion;

import dk.anskaf.catalog.requirement.RequirementRepository;
import dk.anskaf.catalog.requirement.RevisionLog;
import dk.anskaf.platform.security.CurrentUser;
import dk.anskaf.platform.tenancy.CrossTenantAccess;
import java.time.Clock;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Moves an approved local requirement to its new owner (the cross-municipal catalogue or a community)
 * without handing over what was the old owner's alone (issue #11 §1): the move itself is {@link
 * RequirementOwnership#handOverTo}; around it, the requirement's revisions follow it, the move is
 * recorded as a 'promoted' revision, and its interpretation and stakeholders become the old owner's local
 * extension. Runs inside the deciding transaction; the board and community approvals both call it.
 */
@Component
class OwnerHandover {

    private final RequirementOwnerships ownerships;
    private final JdbcClient jdbc;
    private final CrossTenantAccess crossTenant;
    private final RevisionLog revisions;
    private final RequirementRepository requirements;
    private final Clock clock;

    OwnerHandover(
            RequirementOwnerships ownerships,
            JdbcClient jdbc,
            CrossTenantAccess crossTenant,
            RevisionLog revisions,
            RequirementRepository requirements,
            Clock clock) {
        this.ownerships = ownerships;
        this.jdbc = jdbc;
        this.crossTenant = crossTenant;
        this.revisions = revisions;
        this.requirements = requirements;
        this.clock = clock;
    }

    /**
     * Hands the requirement of {@code request} to the owner its target names and records the move as a
     * 'promoted' revision; {@code step} names the cross-tenant steps in the audit log.
     *
     * @throws IllegalStateException if row-level security hides the requirement from the decider (callers
     *     check the decider's right before, so this is a fault, not a user error)
     */
    void handOver(PromotionRequest request, CurrentUser by, String step) {
        long requirementId = request.requirementId();
        RequirementOwnership requirement = ownerships
                .findLockedById(requirementId)
                .orElseThrow(() -> new IllegalStateException("Row-level security hides requirement " + requirementId));
        @Nullable UUID community = request.communityId();
        RequirementOwnership.LeftWithOldOwner left =
                requirement.handOverTo(request.target(), community, by.subject(), clock.instant());
        ownerships.save(requirement);
        crossTenant.run(
                step,
                () -> revisions.moveTo(requirementId, requirement.ownerKind().name(), community));
        // The move bumped the version, so it is a revision too: every version has one to compare with.
        revisions.record(requirements.find(requirementId).orElseThrow(), by, "promoted");
        if (left.isEmpty()) {
            return;
        }
        // Written for the old owner: an explicit cross-tenant step, since the decider acts from another one.
        crossTenant.run(
                step,
                () -> jdbc.sql("""
                                insert into local_extension (requirement_id, tenant_id, interpretation, stakeholders, updated_by)
                                values (?, ?, ?, ?, ?) on conflict (requirement_id, tenant_id) do update set
                                    interpretation = coalesce(local_extension.interpretation, excluded.interpretation),
                                    stakeholders = coalesce(local_extension.stakeholders, excluded.stakeholders)
                                """)
                        .params(
                                requirementId,
                                left.tenantId(),
                                left.interpretation(),
                                left.stakeholders(),
                                by.subject())
                        .update());
    }
}
