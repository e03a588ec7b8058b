package dk.anskaf.platform.test.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One response of the service under test: status, headers and body, with the body read as JSON on
 * demand and assertions for the platform's one error shape (RFC 9457 problem+json, {@code type} under
 * {@code https://anskaf.dk/problems/}, field errors in {@code errors[].field}; see docs/api.md).
 */
public record ApiResponse(HttpResponse<String> raw) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Where the platform's problem types live; a type is this plus a slug. */
    public static final String PROBLEM_TYPE_BASE = "https://anskaf.dk/problems/";

    public int status() {
        return raw.statusCode();
    }

    public String body() {
        return raw.body();
    }

    public Optional<String> header(String name) {
        return raw.headers().firstValue(name);
    }

    /** The body as JSON; fails the test with the body when it is not JSON. */
    public JsonNode json() {
        try {
            return JSON.readTree(raw.body());
        } catch (RuntimeException e) {
            throw new AssertionError("Not JSON (" + status() + "): " + raw.body(), e);
        }
    }

    /** Asserts the status, showing the body when it differs; returns this for chaining. */
    public ApiResponse assertStatus(int expected) {
        assertThat(status()).as("status of %s, body %s", raw.uri(), raw.body()).isEqualTo(expected);
        return this;
    }

    /**
     * Asserts an RFC 9457 problem: the status, {@code application/problem+json}, and the {@code type}
     * {@code https://anskaf.dk/problems/<slug>}; returns the problem for further assertions.
     */
    public Problem assertProblem(int status, String slug) {
        assertStatus(status);
        assertThat(header("Content-Type").orElse(""))
                .as("content type of %s", raw.uri())
                .startsWith("application/problem+json");
        JsonNode problem = json();
        assertThat(problem.path("type").asString())
                .as("problem type, body %s", raw.body())
                .isEqualTo(PROBLEM_TYPE_BASE + slug);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        return new Problem(problem);
    }

    /** A problem+json body. */
    public record Problem(JsonNode json) {

        public String title() {
            return json.path("title").asString();
        }

        public String detail() {
            return json.path("detail").asString();
        }

        /** The names in {@code errors[].field}, in order. */
        public List<String> fields() {
            List<String> fields = new ArrayList<>();
            json.path("errors").forEach(error -> fields.add(error.path("field").asString()));
            return fields;
        }

        /** Asserts a field error names {@code field}; returns this for chaining. */
        public Problem assertFieldError(String field) {
            assertThat(fields()).as("field errors of %s", json).contains(field);
            return this;
        }
    }
}
