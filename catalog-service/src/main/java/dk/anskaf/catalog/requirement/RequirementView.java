package dk.anskaf.catalog.requirement;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A requirement as the API shows it, with the Danish labels users know and the description both as a
 * template with parameters and rendered with their defaults. Owner-only fields (notes, and a local
 * requirement's interpretation and stakeholders) are null for readers {@link OwnerOnlyFields} excludes.
 */
public record RequirementView(
        long id,
        String name,
        String description,
        String descriptionRendered,
        List<Parameters.Parameter> parameters,
        String rationale,
        String type,
        java.util.UUID communityId,
        int categoryId,
        String category,
        Integer subCategoryId,
        String subCategory,
        Priority priority,
        String priorityLabel,
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
        boolean deleted,
        OffsetDateTime updatedAt,
        int version) {

    static RequirementView of(Requirement r, OwnerOnlyFields reader) {
        boolean ownerTexts = reader.ownerTexts(r.ownerKind(), r.tenantId());
        return new RequirementView(
                r.id(),
                r.name(),
                r.description(),
                Parameters.renderWithDefaults(r.description()),
                Parameters.of(r.description()),
                r.rationale(),
                r.ownerKind().typeLabel(),
                r.communityId(),
                r.categoryId(),
                r.categoryName(),
                r.subCategoryId(),
                r.subCategoryName(),
                r.priority(),
                r.priority().label(),
                r.domainIds(),
                r.allDomains(),
                r.filterIds(),
                r.allFilters(),
                r.principleIds(),
                ownerTexts ? r.interpretation() : null,
                ownerTexts ? r.stakeholders() : null,
                reader.notes(r.ownerKind(), r.tenantId()) ? r.notes() : null,
                r.elaborationRequired(),
                r.saas(),
                r.onPremise(),
                r.isDeleted(),
                r.updatedAt(),
                r.version());
    }
}
