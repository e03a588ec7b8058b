package dk.anskaf.portal.requirement;

import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.catalog.client.CatalogClient;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequirementFormTests {

    /** Version 3 as the editor opened it. */
    final RequirementForm opened = form("Svartid", "Linje 1\nLinje 2");

    @Test
    void whatOnlyTheOtherChangedIsTakenOverAndWhatOnlyThisEditorChangedIsKept() {
        RequirementForm typed = form("Svartid (rettet)", "Linje 1\r\nLinje 2");
        CatalogClient.Requirement current = current("Svartid", "Brugerne venter", List.of(1, 2), 4);
        List<CatalogClient.FieldChange> theirs = List.of(
                new CatalogClient.FieldChange("rationale", null, "Brugerne venter"),
                new CatalogClient.FieldChange("domainIds", List.of(1), List.of(1, 2)));

        RequirementForm.Rebased rebased = typed.rebase(current, theirs);

        assertThat(rebased.form().name()).isEqualTo("Svartid (rettet)");
        assertThat(rebased.form().rationale()).isEqualTo("Brugerne venter");
        assertThat(rebased.form().domainIds()).containsExactly(1, 2);
        assertThat(rebased.form().description()).isEqualTo("Linje 1\r\nLinje 2");
        assertThat(rebased.form().version()).isEqualTo(4);
        assertThat(rebased.bothChanged()).isEmpty();
    }

    @Test
    void aFieldBothChangedDifferentlyKeepsThisEditorsValueAndIsNamed() {
        RequirementForm typed = form("Mit navn", "Linje 1\nLinje 2");
        CatalogClient.Requirement current = current("Deres navn", null, List.of(1), 4);

        RequirementForm.Rebased rebased =
                typed.rebase(current, List.of(new CatalogClient.FieldChange("name", "Svartid", "Deres navn")));

        assertThat(rebased.form().name()).isEqualTo("Mit navn");
        assertThat(rebased.bothChanged()).containsExactly("name");
        assertThat(opened.rebase(current, List.of(new CatalogClient.FieldChange("name", "Svartid", "Deres navn")))
                        .form()
                        .name())
                .isEqualTo("Deres navn");
    }

    private static CatalogClient.Requirement current(
            String name, String rationale, List<Integer> domains, int version) {
        return new CatalogClient.Requirement(
                7,
                name,
                "Linje 1\nLinje 2",
                "Linje 1\nLinje 2",
                List.of(),
                rationale,
                "Lokalt krav",
                6,
                "Drift",
                null,
                null,
                "NORMAL",
                "Krav",
                domains,
                false,
                List.of(),
                true,
                List.of(),
                null,
                null,
                null,
                false,
                true,
                true,
                false,
                null,
                version);
    }

    /** Version 3 with this name and description; every other field as the editor opened it. */
    private static RequirementForm form(String name, String description) {
        return new RequirementForm(
                name,
                description,
                "",
                6,
                null,
                "NORMAL",
                List.of(1),
                false,
                List.of(),
                true,
                List.of(),
                "",
                "",
                "",
                false,
                true,
                true,
                3);
    }
}
