package dk.anskaf.platform.errors;

import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.platform.tenancy.MissingTenantException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;

/** The one mapping of domain errors to problems, and the problem bundle both languages share. */
class DomainProblemsTests {

    static final class Missing extends DomainException {
        Missing() {
            super(Kind.NOT_FOUND, "requirement-not-found", 7);
        }
    }

    static final class Pending extends DomainException {
        Pending() {
            super(Kind.CONFLICT, "promotion-pending");
        }
    }

    static final class BadMember extends DomainException {
        BadMember() {
            super("communityId", "community-not-member");
        }
    }

    @Test
    void eachKindHasItsStatusAndTypeAndAConflictIsTypedBySlug() {
        ProblemDetail notFound = DomainProblems.toProblem(new Missing(), ProblemMessages.DANISH);
        ProblemDetail conflict = DomainProblems.toProblem(new Pending(), ProblemMessages.DANISH);
        ProblemDetail forbidden = DomainProblems.toProblem(new MissingTenantException(), ProblemMessages.DANISH);
        ProblemDetail invalid = DomainProblems.toProblem(new BadMember(), ProblemMessages.DANISH);

        assertThat(notFound.getStatus()).isEqualTo(404);
        assertThat(notFound.getType()).isEqualTo(ProblemTypes.NOT_FOUND);
        assertThat(notFound.getTitle()).isEqualTo("Ikke fundet");
        assertThat(notFound.getDetail()).isEqualTo("Kravet findes ikke");
        assertThat(conflict.getStatus()).isEqualTo(409);
        assertThat(conflict.getType()).isEqualTo(ProblemTypes.of("promotion-pending"));
        assertThat(forbidden.getStatus()).isEqualTo(403);
        assertThat(forbidden.getType()).isEqualTo(ProblemTypes.FORBIDDEN);
        assertThat(forbidden.getTitle()).as("a slug's own title").isEqualTo("Ingen myndighed");
        assertThat(invalid.getStatus()).isEqualTo(400);
        assertThat(invalid.getType()).isEqualTo(ProblemTypes.VALIDATION);
        assertThat(invalid.getDetail()).isEqualTo("Et eller flere felter er ugyldige");
        assertThat(invalid.getProperties().get("errors"))
                .asList()
                .containsExactly(new FieldError("communityId", "Vælg et samarbejde, din kommune er medlem af"));
    }

    @Test
    void englishIsAnsweredOnlyWhenAskedFor() {
        assertThat(ProblemMessages.localeFor(null)).isEqualTo(ProblemMessages.DANISH);
        assertThat(ProblemMessages.localeFor("")).isEqualTo(ProblemMessages.DANISH);
        assertThat(ProblemMessages.localeFor("en-GB,en;q=0.9")).isEqualTo(Locale.ENGLISH);
        assertThat(ProblemMessages.localeFor("da,en;q=0.8")).isEqualTo(ProblemMessages.DANISH);
        assertThat(ProblemMessages.localeFor("de-DE")).isEqualTo(ProblemMessages.DANISH);
        assertThat(ProblemMessages.localeFor(";;;q=x")).isEqualTo(ProblemMessages.DANISH);

        ProblemDetail english = DomainProblems.toProblem(new Missing(), Locale.ENGLISH);
        assertThat(english.getTitle()).isEqualTo("Not found");
        assertThat(english.getDetail()).isEqualTo("The requirement does not exist");
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        Properties danish = load("anskaf/problems.properties");
        Properties english = load("anskaf/problems_en.properties");

        assertThat(danish).isNotEmpty();
        assertThat(english.keySet()).containsExactlyInAnyOrderElementsOf(danish.keySet());
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = DomainProblemsTests.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
