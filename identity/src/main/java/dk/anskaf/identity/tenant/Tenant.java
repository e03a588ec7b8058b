package dk.anskaf.identity.tenant;

/** A municipality or the operator organisation, as listed on "Vælg myndighed". */
public record Tenant(
        String tenantId,
        String kind,
        String kommunekode,
        String name,
        String officialName,
        String slug,
        boolean onboarded) {}
