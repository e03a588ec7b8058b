package dk.anskaf.gateway.web;

import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.HtmlUtils;
import reactor.core.publisher.Mono;

/**
 * Where a browser lands after logging in, until the portal exists: who you are, for which
 * municipality, and a way to log out.
 */
@RestController
class HomeController {

    @GetMapping(value = "/", produces = MediaType.TEXT_HTML_VALUE)
    Mono<String> home(@AuthenticationPrincipal OidcUser user, ServerWebExchange exchange) {
        Mono<CsrfToken> csrf = exchange.getAttributeOrDefault(CsrfToken.class.getName(), Mono.empty());
        return csrf.map(token -> page(user, token)).defaultIfEmpty(page(user, null));
    }

    private static String page(OidcUser user, CsrfToken csrf) {
        String name = esc(user.getFullName() != null ? user.getFullName() : user.getSubject());
        String tenant = esc(user.getClaimAsString("tenant_name"));
        String hidden = csrf == null
                ? ""
                : "<input type=\"hidden\" name=\"" + esc(csrf.getParameterName()) + "\" value=\"" + esc(csrf.getToken())
                        + "\">";
        return """
                <!DOCTYPE html>
                <html lang="da"><head><meta charset="utf-8"><title>Anskaf</title></head>
                <body><main>
                <h1>Anskaf</h1>
                <p>Du er logget ind som <strong>%s</strong> for <strong>%s</strong>.</p>
                <form method="post" action="/logout">%s<button type="submit">Log ud</button></form>
                </main></body></html>
                """.formatted(name, tenant, hidden);
    }

    private static String esc(String value) {
        return value == null ? "" : HtmlUtils.htmlEscape(value, "UTF-8");
    }
}
