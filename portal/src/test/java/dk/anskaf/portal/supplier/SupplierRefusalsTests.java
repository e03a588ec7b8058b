package dk.anskaf.portal.supplier;

import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.platform.client.ServiceProblemException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.StaticMessageSource;

/**
 * Which reason a refusal shows: the platform's text for its slug in the user's language, but never a text
 * with its placeholders unfilled (dialogue-service's "answers-deadline-passed" and "answers-missing" carry
 * the deadline and the count, which only the service's detail has).
 */
class SupplierRefusalsTests {

    static final Locale DANISH = Locale.forLanguageTag("da");

    final StaticMessageSource texts = texts();
    final SupplierRefusals refusals = new SupplierRefusals(texts);

    @BeforeEach
    void danish() {
        LocaleContextHolder.setLocale(DANISH);
    }

    @AfterEach
    void forget() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aSlugWithArgumentsShowsTheServicesDetailWhichHasThemFilledIn() {
        ServiceProblemException late =
                conflict("answers-deadline-passed", "Svarfristen 1. december 2026 kl. 12:00 er overskredet");
        ServiceProblemException missing = conflict("answers-missing", "3 krav mangler at blive besvaret");

        assertThat(refusals.reason(late)).isEqualTo("Svarfristen 1. december 2026 kl. 12:00 er overskredet");
        assertThat(refusals.reason(missing)).isEqualTo("3 krav mangler at blive besvaret");
    }

    @Test
    void aSlugWithoutArgumentsShowsItsTextInTheUsersLanguage() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);

        assertThat(refusals.reason(conflict("answers-finished", "Besvarelsen er afsluttet")))
                .isEqualTo("The answers are finished");
    }

    @Test
    void anUnknownSlugShowsTheDetailAndWithoutOneTheGeneralText() {
        assertThat(refusals.reason(conflict("something-new", "Noget nyt"))).isEqualTo("Noget nyt");
        assertThat(refusals.reason(conflict("something-new", null))).isEqualTo("Oplysningerne blev afvist.");
        assertThat(refusals.of(conflict("something-new", "Noget nyt"), List.of("choice")))
                .containsExactly(java.util.Map.entry("", "Noget nyt"));
    }

    private static ServiceProblemException conflict(String slug, String detail) {
        return ServiceProblemException.of(409, new ServiceProblemException.Problem(slug, null, detail, List.of()));
    }

    private static StaticMessageSource texts() {
        StaticMessageSource texts = new StaticMessageSource();
        texts.addMessage("answers-deadline-passed", DANISH, "Svarfristen {0} er overskredet");
        texts.addMessage("answers-missing", DANISH, "{0,choice,1#1 krav mangler|1<{0} krav mangler} at blive besvaret");
        texts.addMessage("answers-finished", DANISH, "Besvarelsen er afsluttet");
        texts.addMessage("answers-finished", Locale.ENGLISH, "The answers are finished");
        texts.addMessage(SupplierRefusals.GENERAL, DANISH, "Oplysningerne blev afvist.");
        return texts;
    }
}
