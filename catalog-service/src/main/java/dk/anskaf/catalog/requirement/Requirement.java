package dk.anskaf.catalog.requirement;

import java.time.OffsetDateTime;

/** A requirement as stored; visibility is decided by the database's row-level security. */
public record Requirement(
        long id,
        OwnerKind ownerKind,
        String tenantId,
        String name,
        String description,
        int categoryId,
        String categoryName,
        Priority priority,
        OffsetDateTime updatedAt,
        int version) {

    public boolean isLocal() {
        return ownerKind == OwnerKind.MUNICIPALITY;
    }
}
