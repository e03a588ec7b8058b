package dk.anskaf.catalog.requirement;

import java.time.OffsetDateTime;
import java.util.List;

/** A requirement as stored; visibility is decided by the database's row-level security. */
public record Requirement(
        long id,
        OwnerKind ownerKind,
        String tenantId,
        java.util.UUID communityId,
        String name,
        String description,
        String rationale,
        int categoryId,
        String categoryName,
        Integer subCategoryId,
        String subCategoryName,
        Priority priority,
        List<Integer> domainIds,
        boolean allDomains,
        List<Integer> filterIds,
        boolean allFilters,
        List<Integer> principleIds,
        String interpretation,
        String stakeholders,
        String notes,
        boolean elaborationRequired,
        boolean saas,
        boolean onPremise,
        OffsetDateTime updatedAt,
        String updatedBy,
        OffsetDateTime deletedAt,
        int version) {

    public boolean isLocal() {
        return ownerKind == OwnerKind.MUNICIPALITY;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }
}
