package dk.anskaf.catalog.promotion;

import dk.anskaf.catalog.requirement.OwnerKind;
import dk.anskaf.catalog.requirement.RequirementRepository;
import dk.anskaf.catalog.requirement.RevisionLog;
import dk.anskaf.platform.security.CurrentUser;
import dk.anskaf.platform.tenancy.CrossTenantAccess;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Moves an approved local requirement to its new owner (the cross-municipal catalogue or a community)
 * without handing over what was the old owner's alone (issue #11 §1, DOMAIN.md 3.1 and 3.8): its
 * interpretation and stakeholders become the old owner's local extension, its editor notes leave the
 * shared requirement (the old owner keeps them in its own revisions, which {@code OwnerOnlyFields}
 * hides from everyone else). Runs inside the deciding transaction.
 */
@Component
class OwnerHandover {

    private final JdbcClient jdbc;
    private final CrossTenantAccess crossTenant;
    private final RevisionLog revisions;
    private final RequirementRepository requirements;

    OwnerHandover(
            JdbcClient jdbc, CrossTenantAccess crossTenant, RevisionLog revisions, RequirementRepository requirements) {
        this.jdbc = jdbc;
        this.crossTenant = crossTenant;
        this.revisions = revisions;
        this.requirements = requirements;
    }

    /**
     * Hands requirement {@code requirementId} of municipality {@code oldOwner} to {@code newOwner}
     * ({@code communityId} set only for a community) and records the move as a 'promoted' revision.
     *
     * @throws IllegalStateException if row-level security refuses the move (callers check the decider's
     *     right before, so this is a fault, not a user error)
     */
    void handOver(
            long requirementId, String oldOwner, OwnerKind newOwner, UUID communityId, CurrentUser by, String step) {
        var texts = jdbc.sql("select interpretation, stakeholders from requirement where id = ?")
                .param(requirementId)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .single();
        int moved = jdbc.sql("""
                        update requirement set owner_kind = ?, tenant_id = null, community_id = ?, interpretation = null,
                               stakeholders = null, notes = null, updated_by = ?, updated_at = now(), version = version + 1
                        where id = ?
                        """)
                .params(newOwner.name(), communityId, by.subject(), requirementId)
                .update();
        if (moved != 1) {
            throw new IllegalStateException("Row-level security refused moving requirement " + requirementId);
        }
        crossTenant.run(step, () -> revisions.moveTo(requirementId, newOwner.name(), communityId));
        // The move bumped the version, so it is a revision too: every version has one to compare with.
        revisions.record(requirements.find(requirementId).orElseThrow(), by, "promoted");
        if (texts[0] == null && texts[1] == null) {
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
                        .params(requirementId, oldOwner, texts[0], texts[1], by.subject())
                        .update());
    }
}
