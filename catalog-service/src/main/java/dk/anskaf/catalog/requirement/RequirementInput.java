package dk.anskaf.catalog.requirement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Every field an editor sets on a requirement. Texts are plain text, stored as
 * given and escaped wherever they are shown. Parameters are marked {@code {{name|default|unit}}} in the
 * description (see {@link Parameters}).
 */
public record RequirementInput(
        @NotBlank(message = "Navn skal udfyldes") @Size(max = 255, message = "Navn må højst være 255 tegn")
        String name,

        @NotBlank(message = "Beskrivelse skal udfyldes")
        @Size(max = 20000, message = "Beskrivelse må højst være 20000 tegn")
        String description,

        @Size(max = 20000, message = "Rationale må højst være 20000 tegn")
        String rationale,

        @NotNull(message = "Kategori skal vælges") Integer categoryId,
        Integer subCategoryId,

        @NotNull(message = "Prioritet skal vælges")
        @Pattern(
                regexp = "OPTIONAL|NORMAL|HIGH|ABSOLUTE",
                message = "Prioritet skal være OPTIONAL, NORMAL, HIGH eller ABSOLUTE")
        String priority,

        @Size(max = 50) List<Integer> domainIds,
        Boolean allDomains,
        @Size(max = 50) List<Integer> filterIds,
        Boolean allFilters,
        @Size(max = 50) List<Integer> principleIds,

        @Size(max = 20000, message = "Fortolkning må højst være 20000 tegn")
        String interpretation,

        @Size(max = 255, message = "Interessenter må højst være 255 tegn")
        String stakeholders,

        @Size(max = 20000, message = "Noter må højst være 20000 tegn")
        String notes,

        Boolean elaborationRequired,
        Boolean saas,
        Boolean onPremise) {

    /** This input with the owner-only texts replaced (kept as stored when the author may not see them). */
    RequirementInput withOwnerTexts(String interpretation, String stakeholders, String notes) {
        return new RequirementInput(
                name,
                description,
                rationale,
                categoryId,
                subCategoryId,
                priority,
                domainIds,
                allDomains,
                filterIds,
                allFilters,
                principleIds,
                interpretation,
                stakeholders,
                notes,
                elaborationRequired,
                saas,
                onPremise);
    }

    List<Integer> domains() {
        return domainIds == null ? List.of() : domainIds;
    }

    List<Integer> filters() {
        return filterIds == null ? List.of() : filterIds;
    }

    List<Integer> principles() {
        return principleIds == null ? List.of() : principleIds;
    }

    boolean appliesToAllDomains() {
        return Boolean.TRUE.equals(allDomains);
    }

    boolean appliesToAllFilters() {
        return Boolean.TRUE.equals(allFilters);
    }
}
