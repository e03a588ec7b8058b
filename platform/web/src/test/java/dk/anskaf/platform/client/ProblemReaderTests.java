package dk.anskaf.platform.client;

import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.platform.errors.FieldError;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemReaderTests {

    private static final String VALIDATION = """
            {"type":"https://anskaf.dk/problems/validation","title":"Ugyldige oplysninger","status":400,
             "detail":"Kravet kan ikke gemmes","errors":[
               {"field":"priority","message":"skal udfyldes"},
               {"field":"name","message":"må højst være 200 tegn"},
               {"field":"name","message":"skal udfyldes"}]}
            """;

    @Test
    void aValidationProblemGivesStatusSlugDetailAndFieldErrors() {
        ServiceProblemException problem = read(400, VALIDATION);

        assertThat(problem).isInstanceOf(ServiceProblemException.BadRequest.class);
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.type()).isEqualTo("validation");
        assertThat(problem.title()).isEqualTo("Ugyldige oplysninger");
        assertThat(problem.detail()).isEqualTo("Kravet kan ikke gemmes");
        assertThat(problem.fieldErrors())
                .containsExactly(
                        new FieldError("priority", "skal udfyldes"),
                        new FieldError("name", "må højst være 200 tegn"),
                        new FieldError("name", "skal udfyldes"));
        assertThat(problem.unavailable()).isFalse();
    }

    @Test
    void fieldMessagesFollowTheFormsOrderWithTheFirstMessagePerField() {
        assertThat(read(400, VALIDATION).messagesByField(List.of("name", "description", "priority"), "Afvist"))
                .containsExactly(
                        java.util.Map.entry("name", "må højst være 200 tegn"),
                        java.util.Map.entry("priority", "skal udfyldes"));
    }

    @Test
    void withoutFieldErrorsTheDetailIsTheMessageAndWithoutADetailTheFallback() {
        String conflict = """
                {"type":"https://anskaf.dk/problems/conflict","status":409,"detail":"Kategorien er i brug"}
                """;
        assertThat(read(409, conflict).messagesByField(List.of("name"), "Afvist"))
                .containsExactly(java.util.Map.entry("", "Kategorien er i brug"));
        assertThat(read(400, "<html>Bad Request</html>").messagesByField(List.of(), "Afvist"))
                .containsExactly(java.util.Map.entry("", "Afvist"));
    }

    @Test
    void theStatusChoosesTheKindAndABodyThatIsNoProblemLeavesTheSlugEmpty() {
        assertThat(read(404, "")).isInstanceOf(ServiceProblemException.NotFound.class);
        assertThat(read(409, "")).isInstanceOf(ServiceProblemException.Conflict.class);
        assertThat(read(412, "")).isInstanceOf(ServiceProblemException.PreconditionFailed.class);
        assertThat(read(503, "upstream connect error")).isInstanceOf(ServiceProblemException.Unavailable.class);
        ServiceProblemException forbidden = read(403, "[1,2]");
        assertThat(forbidden.getClass()).isEqualTo(ServiceProblemException.class);
        assertThat(forbidden.type()).isEmpty();
        assertThat(forbidden.fieldErrors()).isEmpty();
        assertThat(read(500, "{\"type\":\"about:blank\",\"status\":500}").unavailable())
                .isTrue();
    }

    private static ServiceProblemException read(int status, String body) {
        return ProblemReader.exception(status, new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }
}
