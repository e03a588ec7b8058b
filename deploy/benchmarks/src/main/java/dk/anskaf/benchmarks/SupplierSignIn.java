package dk.anskaf.benchmarks;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A supplier contact signs in the way a person does: the invitation mail's link read from the local stack's
 * mail sink (its viewer, http://localhost:8025), identity's link page fetched (a GET does not use the link),
 * its "Log ind" form posted with the page's CSRF token, and every redirect followed with the browser's
 * cookies: identity's session, the gateway's OAuth2 login at identity's authorization endpoint, the code
 * back to the gateway, the portal's dialogue page. What remains is the gateway's session, the one thing a
 * browser holds; no token is made here.
 */
final class SupplierSignIn {

    private static final Pattern ROW =
            Pattern.compile("<tr><td>\\[([^\\]]*)\\]</td><td>[^<]*</td><td><a href=\"/messages/(\\d+)\">");
    private static final Pattern LINK =
            Pattern.compile("https?://[^\\s\"<>]+/leverandoer/login\\?token=[A-Za-z0-9_\\-%]+");
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    /** A browser's Accept: the gateway remembers only a page request to return to after its login. */
    static final String HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private final String mailViewer;
    private final String gateway;

    SupplierSignIn(String mailViewer, String gateway) {
        this.mailViewer = mailViewer;
        this.gateway = gateway;
    }

    /** Address (lower case) → index of the newest mail to it in the viewer. */
    Map<String, Integer> newestMailPerAddress() throws IOException, InterruptedException {
        try (HttpClient http = HttpClient.newHttpClient()) {
            String index = http.send(
                            HttpRequest.newBuilder(URI.create(mailViewer + "/")).build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            Map<String, Integer> newest = new HashMap<>();
            Matcher row = ROW.matcher(index);
            while (row.find()) {
                newest.merge(
                        row.group(1).toLowerCase(java.util.Locale.ROOT), Integer.parseInt(row.group(2)), Math::max);
            }
            return newest;
        }
    }

    /** The sign-in link in mail {@code index} of the viewer. */
    String link(int index) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            byte[] raw = http.send(
                            HttpRequest.newBuilder(URI.create(mailViewer + "/messages/" + index))
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray())
                    .body();
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw));
            Matcher link = LINK.matcher(text(message.getContent()));
            if (!link.find()) {
                throw new IllegalStateException("No sign-in link in mail " + index);
            }
            return link.group();
        }
    }

    private static String text(Object content) throws Exception {
        if (content instanceof Multipart multipart) {
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                all.append(text(part.getContent())).append('\n');
            }
            return all.toString();
        }
        return String.valueOf(content);
    }

    /** Follows the link as a browser of supplier number {@code supplier} would; @return the gateway session it ends with */
    RushHttp.Session signIn(String link, int supplier) throws Exception {
        CookieManager cookies = new CookieManager();
        try (HttpClient browser = HttpClient.newBuilder()
                .localAddress(address(supplier))
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build()) {
            HttpResponse<String> page = follow(
                    browser,
                    HttpRequest.newBuilder(URI.create(link))
                            .header("Accept", HTML)
                            .GET());
            Matcher csrf = CSRF.matcher(page.body());
            String token = link.substring(link.indexOf("token=") + "token=".length());
            String form = "token=" + token
                    + (csrf.find() ? "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8) : "");
            HttpResponse<String> landed = follow(
                    browser,
                    HttpRequest.newBuilder(URI.create(link.substring(0, link.indexOf('?'))))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("Accept", HTML)
                            .POST(HttpRequest.BodyPublishers.ofString(form)));
            if (landed.statusCode() != 200 || !landed.uri().getPath().startsWith("/leverandoer/markedsdialoger")) {
                throw new IllegalStateException(
                        "Sign-in ended at " + landed.uri() + " with HTTP " + landed.statusCode());
            }
            URI gatewayUri = URI.create(gateway);
            String session = cookie(cookies, gatewayUri, "SESSION");
            String xsrf = cookie(cookies, gatewayUri, "XSRF-TOKEN");
            return new RushHttp.Session(session, xsrf);
        }
    }

    /**
     * Each supplier's browser on its own loopback address (Linux routes all of 127/8), as suppliers sit
     * in their own offices: until signed in, the gateway counts a browser by its address.
     */
    private static InetAddress address(int supplier) throws IOException {
        return InetAddress.getByName("127.0." + (10 + supplier / 250) + "." + (1 + supplier % 250));
    }

    /** Sends, then follows redirects (as GET) up to ten hops; @return the last answer */
    static HttpResponse<String> follow(HttpClient browser, HttpRequest.Builder first) throws Exception {
        HttpResponse<String> response = browser.send(first.build(), HttpResponse.BodyHandlers.ofString());
        for (int hop = 0; hop < 10 && response.statusCode() / 100 == 3; hop++) {
            URI next = response.uri()
                    .resolve(response.headers().firstValue("Location").orElseThrow());
            response = browser.send(
                    HttpRequest.newBuilder(next).header("Accept", HTML).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }
        return response;
    }

    static String cookie(CookieManager cookies, URI uri, String name) {
        return cookies.getCookieStore().get(uri).stream()
                .filter(cookie -> cookie.getName().equals(name))
                .map(HttpCookie::getValue)
                .reduce((first, second) -> second)
                .orElseThrow(() -> new IllegalStateException("No " + name + " cookie from " + uri));
    }
}
