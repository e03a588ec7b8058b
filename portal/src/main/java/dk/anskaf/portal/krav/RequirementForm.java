package dk.anskaf.portal.krav;

import dk.anskaf.catalog.client.CatalogClient;

/** What the "Opret krav" form posts; kept as typed when the catalogue refuses it. */
public record RequirementForm(
        String name,
        String description,
        String rationale,
        Integer categoryId,
        String priority,
        Boolean elaborationRequired) {

    static RequirementForm empty() {
        return new RequirementForm("", "", "", null, "NORMAL", false);
    }

    CatalogClient.RequirementDraft toDraft() {
        return new CatalogClient.RequirementDraft(
                name,
                description,
                rationale,
                categoryId,
                priority,
                true,
                true,
                Boolean.TRUE.equals(elaborationRequired));
    }
}
