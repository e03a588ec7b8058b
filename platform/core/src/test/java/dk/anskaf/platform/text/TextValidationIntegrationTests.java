package dk.anskaf.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.platform.test.security.TestTokens;
import dk.anskaf.platform.test.spring.AnskafIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every way text reaches a service: JSON bodies (nested too), query parameters and form fields. */
@AnskafIntegrationTest
class TextValidationIntegrationTests {

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();
    final JsonMapper json = JsonMapper.builder().build();
    final String token = TestTokens.shared()
            .user("text-tester")
            .municipality("0710", "Favrskov Kommune")
            .roles("editor")
            .mint();

    @Test
    void nulInAJsonFieldIsRefusedNamingTheFieldAndNothingIsStored() throws Exception {
        String marker = UUID.randomUUID().toString();

        HttpResponse<String> refused =
                send("POST", "/notes", "{\"text\":\"" + marker + "\\u0000b\"}", "application/json");

        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode problem = json.readTree(refused.body());
        assertThat(problem.path("type").asString()).isEqualTo("https://anskaf.dk/problems/validation");
        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("text");
        assertThat(problem.path("errors").get(0).path("message").asString()).contains("U+0000");
        assertThat(send("GET", "/notes", null, null).body()).doesNotContain(marker);
    }

    @Test
    void tabLineFeedAndCarriageReturnAreKept() throws Exception {
        HttpResponse<String> created = send("POST", "/notes", "{\"text\":\"a\\tb\\r\\nc\"}", "application/json");

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(json.readTree(created.body()).path("text").asString()).isEqualTo("a\tb\r\nc");
    }

    @Test
    void nestedTextIsNamedByItsPath() throws Exception {
        String body = "{\"notes\":[{\"text\":\"ok\"},{\"text\":\"bell\\u0007\"}],\"labels\":{\"farve\":\"r\\u007Fd\"}}";

        HttpResponse<String> refused = send("POST", "/notes/batch", body, "application/json");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json.readTree(refused.body()).path("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("notes[1].text", "labels.farve");
    }

    @Test
    void loneSurrogateInJsonIsRefused() throws Exception {
        HttpResponse<String> refused = send("POST", "/notes", "{\"text\":\"x\\ud800y\"}", "application/json");

        assertThat(refused.statusCode()).isEqualTo(400);
    }

    @Test
    void nulInAQueryParameterIsA400NamingTheParameter() throws Exception {
        HttpResponse<String> refused = send("GET", "/notes?q=a%00b", null, null);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json.readTree(refused.body())
                        .path("errors")
                        .get(0)
                        .path("field")
                        .asString())
                .isEqualTo("q");
    }

    @Test
    void aBrowsersFormWithAControlCharacterGetsAReadablePage() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/notes"))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "text/html,application/xhtml+xml")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("text=%3Cb%3Ehi%3C%2Fb%3E%01"))
                .build();

        HttpResponse<String> page = http.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains("Intet er gemt", "U+0001").doesNotContain("<b>hi");
    }

    @Test
    void aRefusalByRowLevelSecurityIsA403NotA500() throws Exception {
        HttpResponse<String> created = send("POST", "/notes", "{\"text\":\"mine\"}", "application/json");
        long id = json.readTree(created.body()).path("id").asLong();

        HttpResponse<String> refused = send("PUT", "/notes/" + id + "/tenant", "0607", "text/plain");

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(json.readTree(refused.body()).path("type").asString())
                .isEqualTo("https://anskaf.dk/problems/forbidden");
    }

    private HttpResponse<String> send(String method, String path, String body, String contentType) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.method(
                method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
