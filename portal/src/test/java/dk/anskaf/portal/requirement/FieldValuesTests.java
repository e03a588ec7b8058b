package dk.anskaf.portal.requirement;

import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.catalog.client.CatalogClient;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

class FieldValuesTests {

    final CatalogClient.Classifications classifications = new CatalogClient.Classifications(
            List.of(new CatalogClient.Category(
                    6, "Drift", List.of(new CatalogClient.Named(11, "Backup / restore", null, null)))),
            List.of(
                    new CatalogClient.Named(1, "Arbejdsmarked", null, null),
                    new CatalogClient.Named(2, "Borgerservice", null, null)),
            List.of(new CatalogClient.Named(1, "Personoplysninger", "Behandles personoplysninger?", null)),
            List.of());

    final FieldValues values = new FieldValues(messages());

    @org.junit.jupiter.api.BeforeEach
    void danish() {
        org.springframework.context.i18n.LocaleContextHolder.setLocale(Locale.of("da"));
    }

    @org.junit.jupiter.api.AfterEach
    void resetLocale() {
        org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void idsAreShownByNameAndUnknownOnesAsThemselves() {
        assertThat(values.show("domainIds", List.of(2, 1, 99), classifications))
                .isEqualTo("Borgerservice, Arbejdsmarked, 99");
        assertThat(values.show("categoryId", 6, classifications)).isEqualTo("Drift");
        assertThat(values.show("subCategoryId", 11, classifications)).isEqualTo("Backup / restore");
        assertThat(values.show("filterIds", List.of(), classifications)).isEqualTo("Ingen");
    }

    @Test
    void prioritiesBooleansAndNothingReadAsWords() {
        assertThat(values.show("priority", "HIGH", classifications)).isEqualTo("Vigtigt krav");
        assertThat(values.show("saas", true, classifications)).isEqualTo("Ja");
        assertThat(values.show("rationale", null, classifications)).isEqualTo("–");
        assertThat(values.show("name", "Svartid", classifications)).isEqualTo("Svartid");
    }

    private static StaticMessageSource messages() {
        StaticMessageSource messages = new StaticMessageSource();
        Locale danish = Locale.of("da");
        messages.addMessage("krav.view.yes", danish, "Ja");
        messages.addMessage("krav.view.no", danish, "Nej");
        messages.addMessage("krav.view.none", danish, "Ingen");
        messages.addMessage("krav.priority.HIGH", danish, "Vigtigt krav");
        return messages;
    }
}
