package dk.anskaf.portal.requirement;

import dk.anskaf.catalog.client.CatalogClient;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the requirement form posts, for a new requirement and for a change; kept as typed when the
 * catalogue refuses it. {@code version} is the version the editor started from, so a change saved by
 * someone else in between is noticed instead of overwritten.
 */
public record RequirementForm(
        String name,
        String description,
        String rationale,
        Integer categoryId,
        Integer subCategoryId,
        String priority,
        List<Integer> domainIds,
        Boolean allDomains,
        List<Integer> filterIds,
        Boolean allFilters,
        List<Integer> principleIds,
        String interpretation,
        String stakeholders,
        String notes,
        Boolean elaborationRequired,
        Boolean saas,
        Boolean onPremise,
        Integer version) {

    static RequirementForm empty() {
        return new RequirementForm(
                "", "", "", null, null, "NORMAL", List.of(), true, List.of(), true, List.of(), "", "", "", false, true,
                true, null);
    }

    static RequirementForm of(CatalogClient.Requirement r) {
        return new RequirementForm(
                r.name(),
                r.description(),
                r.rationale(),
                r.categoryId(),
                r.subCategoryId(),
                r.priority(),
                r.domainIds(),
                r.allDomains(),
                r.filterIds(),
                r.allFilters(),
                r.principleIds(),
                r.interpretation(),
                r.stakeholders(),
                r.notes(),
                r.elaborationRequired(),
                r.saas(),
                r.onPremise(),
                r.version());
    }

    /**
     * This form moved onto the current version after someone else saved: what only they changed is taken
     * over, what only this user changed is kept, and where both changed a field this user's value is
     * kept and the field is named, for them to decide.
     *
     * @param theirs what changed between the version this form started from and the current one
     */
    Rebased rebase(CatalogClient.Requirement current, List<CatalogClient.FieldChange> theirs) {
        Map<String, Object> mine = values();
        Map<String, Object> now = of(current).values();
        List<String> bothChanged = new ArrayList<>();
        for (CatalogClient.FieldChange change : theirs) {
            String field = change.field();
            if (!mine.containsKey(field)) {
                continue;
            }
            if (same(mine.get(field), change.from())) {
                mine.put(field, now.get(field));
            } else if (!same(mine.get(field), change.to())) {
                bothChanged.add(field);
            }
        }
        return new Rebased(fromValues(mine, current.version()), bothChanged);
    }

    /** @param bothChanged fields this user and the other person changed differently */
    record Rebased(RequirementForm form, List<String> bothChanged) {}

    private Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", name);
        values.put("description", description);
        values.put("rationale", rationale);
        values.put("categoryId", categoryId);
        values.put("subCategoryId", subCategoryId);
        values.put("priority", priority);
        values.put("domainIds", orEmpty(domainIds));
        values.put("allDomains", Boolean.TRUE.equals(allDomains));
        values.put("filterIds", orEmpty(filterIds));
        values.put("allFilters", Boolean.TRUE.equals(allFilters));
        values.put("principleIds", orEmpty(principleIds));
        values.put("interpretation", interpretation);
        values.put("stakeholders", stakeholders);
        values.put("notes", notes);
        values.put("elaborationRequired", Boolean.TRUE.equals(elaborationRequired));
        values.put("saas", Boolean.TRUE.equals(saas));
        values.put("onPremise", Boolean.TRUE.equals(onPremise));
        return values;
    }

    @SuppressWarnings("unchecked")
    private static RequirementForm fromValues(Map<String, Object> v, int version) {
        return new RequirementForm(
                (String) v.get("name"),
                (String) v.get("description"),
                (String) v.get("rationale"),
                (Integer) v.get("categoryId"),
                (Integer) v.get("subCategoryId"),
                (String) v.get("priority"),
                (List<Integer>) v.get("domainIds"),
                (Boolean) v.get("allDomains"),
                (List<Integer>) v.get("filterIds"),
                (Boolean) v.get("allFilters"),
                (List<Integer>) v.get("principleIds"),
                (String) v.get("interpretation"),
                (String) v.get("stakeholders"),
                (String) v.get("notes"),
                (Boolean) v.get("elaborationRequired"),
                (Boolean) v.get("saas"),
                (Boolean) v.get("onPremise"),
                version);
    }

    /**
     * Whether a form value and a stored one (as JSON: text, number, list, boolean or null) say the same:
     * empty and missing are alike, and a browser's CRLF line ends are the stored LF ones.
     */
    static boolean same(Object formValue, Object stored) {
        return normalised(formValue).equals(normalised(stored));
    }

    private static String normalised(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Collection<?> items) {
            return items.stream()
                    .map(item -> String.valueOf(((Number) item).longValue()))
                    .sorted()
                    .collect(Collectors.joining(","));
        }
        if (value instanceof Number number) {
            return String.valueOf(number.longValue());
        }
        return value.toString().replace("\r\n", "\n").strip();
    }

    public boolean has(String list, int id) {
        List<Integer> ids = switch (list) {
            case "domains" -> domainIds;
            case "filters" -> filterIds;
            default -> principleIds;
        };
        return ids != null && ids.contains(id);
    }

    CatalogClient.RequirementDraft toDraft() {
        return new CatalogClient.RequirementDraft(
                name,
                description,
                rationale,
                categoryId,
                subCategoryId,
                priority,
                orEmpty(domainIds),
                Boolean.TRUE.equals(allDomains),
                orEmpty(filterIds),
                Boolean.TRUE.equals(allFilters),
                orEmpty(principleIds),
                interpretation,
                stakeholders,
                notes,
                Boolean.TRUE.equals(elaborationRequired),
                Boolean.TRUE.equals(saas),
                Boolean.TRUE.equals(onPremise));
    }

    private static List<Integer> orEmpty(List<Integer> ids) {
        return ids == null ? List.of() : ids;
    }
}
