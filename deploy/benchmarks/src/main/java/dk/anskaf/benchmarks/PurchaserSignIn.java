package dk.anskaf.benchmarks;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;

/**
 * A municipal user signs in as a person does on the local stack: a portal page through the gateway, the
 * gateway's OAuth2 login at identity, identity's "Vælg myndighed" and its user name and password form
 * (each with the page's CSRF token), and the redirects back to the page. What remains is the gateway's
 * session, as a browser holds it (redirects and cookies as {@link SupplierSignIn} follows them).
 */
final class PurchaserSignIn {

    private PurchaserSignIn() {}

    /** @param page a portal path, e.g. /markedsdialoger; @return the gateway session signed in at it */
    static RushHttp.Session signIn(String gateway, String page, String tenant, String username, String password)
            throws Exception {
        CookieManager cookies = new CookieManager();
        try (HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build()) {
            HttpResponse<String> choose = SupplierSignIn.follow(
                    browser, html(URI.create(gateway + page)).GET());
            HttpResponse<String> login = SupplierSignIn.follow(
                    browser, form(choose.uri().resolve("/login/myndighed"), "myndighed=" + tenant + csrf(choose)));
            HttpResponse<String> landed = SupplierSignIn.follow(
                    browser,
                    form(
                            login.uri().resolve("/login"),
                            "username=" + encode(username) + "&password=" + encode(password) + csrf(login)));
            if (landed.statusCode() != 200 || !landed.uri().getPath().equals(page)) {
                throw new IllegalStateException(
                        "Sign-in ended at " + landed.uri() + " with HTTP " + landed.statusCode());
            }
            URI gatewayUri = URI.create(gateway);
            return new RushHttp.Session(
                    SupplierSignIn.cookie(cookies, gatewayUri, "SESSION"),
                    SupplierSignIn.cookie(cookies, gatewayUri, "XSRF-TOKEN"));
        }
    }

    private static HttpRequest.Builder html(URI uri) {
        return HttpRequest.newBuilder(uri).header("Accept", SupplierSignIn.HTML);
    }

    private static HttpRequest.Builder form(URI uri, String body) {
        return html(uri)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static String csrf(HttpResponse<String> page) {
        Matcher csrf = SupplierSignIn.CSRF.matcher(page.body());
        return csrf.find() ? "&_csrf=" + encode(csrf.group(1)) : "";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
