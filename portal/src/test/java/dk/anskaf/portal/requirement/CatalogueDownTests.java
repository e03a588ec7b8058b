package dk.anskaf.portal.requirement;

import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.platform.test.security.TestTokens;
import dk.anskaf.portal.PortalTestContext;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The portal with no catalogue behind it (nothing listens at its address): a save cannot go through,
 * and the user gets the form back with everything typed and a plain reason, not an error page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CatalogueDownTests {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        PortalTestContext.register(registry);
    }

    @LocalServerPort
    int port;

    @Test
    void aNewRequirementIsNotLostWhenTheCatalogueDoesNotAnswer() throws Exception {
        String form = "name=" + encode("Logning <b>af</b> adgang") + "&description="
                + encode("Alle opslag logges i {{dage|180|dage}}.") + "&priority=HIGH";

        HttpResponse<String> response = post("/krav/ny", form);

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body())
                .contains("Kravkataloget svarer ikke lige nu")
                .contains("value=\"Logning &lt;b&gt;af&lt;/b&gt; adgang\"")
                .contains("Alle opslag logges i {{dage|180|dage}}.")
                .contains("id=\"priority-HIGH\" value=\"HIGH\" checked");
    }

    @Test
    void anyOtherFormComesBackReadyToSendAgain() throws Exception {
        String form = "_csrf=old&localDescription=" + encode("Vores <tekst> om plejecentre") + "&favourite=true";

        HttpResponse<String> response = post("/krav/7/lokal", form);

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body())
                .contains("Det blev ikke gemt")
                .contains("action=\"/krav/7/lokal\"")
                .contains("name=\"localDescription\" value=\"Vores &lt;tekst&gt; om plejecentre\"")
                .contains("name=\"favourite\" value=\"true\"")
                .doesNotContain("value=\"old\"");
    }

    private HttpResponse<String> post(String path, String form) throws Exception {
        String token = TestTokens.shared()
                .user("editor-0710")
                .municipality("0710", "Favrskov Kommune")
                .person("Erik Editor", "erik@favrskov.example")
                .roles("editor")
                .mint();
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .header("Authorization", "Bearer " + token)
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(form))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
