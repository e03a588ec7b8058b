package dk.anskaf.catalog.promotion;

import dk.anskaf.catalog.requirement.OwnerKind;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The part of a requirement that an approved promotion changes: who owns it, and the texts that were the
 * old owner's alone. A small write model of the {@code requirement} row (the rest of the requirement is
 * edited elsewhere); the one implementation of the change of owner, used by the board's and the
 * community's approval alike through {@link OwnerHandover}. Saved with the row's optimistic version, so
 * an edit saved in between makes the approval fail rather than be overwritten.
 */
@Table("requirement")
class RequirementOwnership {

    /** What stays with the old owner as its local extension (issue #11 §1). */
    record LeftWithOldOwner(
            String tenantId,
            @Nullable String interpretation,
            @Nullable String stakeholders) {

        boolean isEmpty() {
            return interpretation == null && stakeholders == null;
        }
    }

    @Id
    private final long id;

    private OwnerKind ownerKind;
    private @Nullable String tenantId;
    private @Nullable UUID communityId;
    private @Nullable String interpretation;
    private @Nullable String stakeholders;
    private @Nullable String notes;

    @ReadOnlyProperty
    private final @Nullable Instant deletedAt;

    private @Nullable String updatedBy;
    private Instant updatedAt;

    @Version
    private @Nullable Integer version;

    @PersistenceCreator
    RequirementOwnership(
            long id,
            OwnerKind ownerKind,
            @Nullable String tenantId,
            @Nullable UUID communityId,
            @Nullable String interpretation,
            @Nullable String stakeholders,
            @Nullable String notes,
            @Nullable Instant deletedAt,
            @Nullable String updatedBy,
            Instant updatedAt,
            @Nullable Integer version) {
        this.id = id;
        this.ownerKind = ownerKind;
        this.tenantId = tenantId;
        this.communityId = communityId;
        this.interpretation = interpretation;
        this.stakeholders = stakeholders;
        this.notes = notes;
        this.deletedAt = deletedAt;
        this.updatedBy = updatedBy;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    /**
     * Moves a local requirement to the owner {@code target} names ({@code communityId} for a community
     * only). Its interpretation and stakeholders are handed back to the old owner, its editor notes leave
     * the shared requirement (the old owner keeps them in its revisions).
     *
     * @return what the old owner keeps as its local extension
     * @throws PromotionRefused.NotLocal if a municipality does not own it (it was moved already)
     * @throws PromotionRefused.RequirementDeleted if it is deleted
     */
    LeftWithOldOwner handOverTo(PromotionTarget target, @Nullable UUID community, String by, Instant now) {
        if (ownerKind != OwnerKind.MUNICIPALITY || tenantId == null) {
            throw new PromotionRefused.NotLocal(id);
        }
        if (deletedAt != null) {
            throw new PromotionRefused.RequirementDeleted(id);
        }
        if ((target == PromotionTarget.COMMUNITY) != (community != null)) {
            throw new IllegalArgumentException("A community owner is named by its community, and only it is");
        }
        LeftWithOldOwner left = new LeftWithOldOwner(tenantId, interpretation, stakeholders);
        ownerKind = target.newOwner();
        tenantId = null;
        communityId = community;
        interpretation = null;
        stakeholders = null;
        notes = null;
        updatedBy = by;
        updatedAt = now;
        return left;
    }

    long id() {
        return id;
    }

    OwnerKind ownerKind() {
        return ownerKind;
    }

    @Nullable
    String tenantId() {
        return tenantId;
    }

    @Nullable
    UUID communityId() {
        return communityId;
    }

    @Nullable
    String notes() {
        return notes;
    }
}
