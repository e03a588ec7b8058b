package dk.anskaf.catalog.requirement;

import java.time.OffsetDateTime;

/** A requirement as the API shows it, with the Danish labels users know. */
public record RequirementView(
        long id,
        String name,
        String description,
        String type,
        int categoryId,
        String category,
        Priority priority,
        String priorityLabel,
        OffsetDateTime updatedAt) {

    static RequirementView of(Requirement r) {
        return new RequirementView(
                r.id(),
                r.name(),
                r.description(),
                r.ownerKind().typeLabel(),
                r.categoryId(),
                r.categoryName(),
                r.priority(),
                r.priority().label(),
                r.updatedAt());
    }
}
