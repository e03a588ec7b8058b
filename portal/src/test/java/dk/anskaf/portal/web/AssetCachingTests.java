package dk.anskaf.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.portal.PortalTestContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Pages link assets by fingerprinted names that browsers may keep for a year; plain names still work. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AssetCachingTests {

    static final Pattern ASSET_LINK = Pattern.compile("(?:href|src)=\"(/assets/[^\"]+)\"");
    static final Pattern CSS_URL = Pattern.compile("url\\(([^)\"']+\\.woff2)\\)");
    static final String FINGERPRINT = "-[0-9a-f]{32}\\.";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        PortalTestContext.register(registry);
    }

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aPageLinksEveryAssetByAFingerprintedNameCachedForAYear() throws Exception {
        // Each file once: the frame's icons are several symbols (#menu, #lock, …) of one SVG sprite.
        List<String> links = assetLinks(get("/hjaelp").body()).stream()
                .map(link -> link.replaceFirst("#.*", ""))
                .distinct()
                .toList();

        assertThat(links)
                .hasSize(7)
                .allSatisfy(link -> assertThat(link).containsPattern(FINGERPRINT))
                .anySatisfy(link -> assertThat(link).matches("/assets/portal-[0-9a-f]{32}\\.css"))
                .anySatisfy(link -> assertThat(link).matches("/assets/dkfds/css/dkfds\\.min-[0-9a-f]{32}\\.css"));
        for (String link : links) {
            HttpResponse<String> asset = get(link);
            assertThat(asset.statusCode()).as(link).isEqualTo(200);
            assertThat(asset.headers().firstValue("Cache-Control"))
                    .as(link)
                    .hasValueSatisfying(value -> assertThat(value)
                            .contains("max-age=31536000")
                            .contains("public")
                            .contains("immutable"));
        }
    }

    @Test
    void theDesignSystemsFontLinksResolveFromTheFingerprintedStylesheet() throws Exception {
        String stylesheet = assetLinks(get("/hjaelp").body()).stream()
                .filter(link -> link.contains("/dkfds/css/"))
                .findFirst()
                .orElseThrow();
        Matcher font = CSS_URL.matcher(get(stylesheet).body());

        assertThat(font.find()).isTrue();
        URI fontUri = URI.create("http://localhost:" + port + stylesheet).resolve(font.group(1));
        HttpResponse<String> response = get(fontUri.getPath());
        assertThat(response.statusCode()).as(fontUri.getPath()).isEqualTo(200);
        assertThat(fontUri.getPath()).startsWith("/assets/dkfds/fonts/");
    }

    @Test
    void thePlainNameStillWorksButOnlyForMinutesAndAStaleFingerprintIsNotKeptForAYear() throws Exception {
        HttpResponse<String> plain = get("/assets/portal.css");
        HttpResponse<String> stale = get("/assets/portal-0123456789abcdef0123456789abcdef.css");

        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.headers().firstValue("Cache-Control")).hasValue("max-age=300, public");
        assertThat(stale.statusCode()).isEqualTo(404);
        assertThat(stale.headers().allValues("Cache-Control")).noneMatch(value -> value.contains("immutable"));
    }

    private static List<String> assetLinks(String html) {
        return ASSET_LINK.matcher(html).results().map(match -> match.group(1)).toList();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
