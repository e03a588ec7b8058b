package dk.anskaf.gateway.web;

import java.util.List;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * For requests to the portal: hands over the gateway's CSRF token so the portal can put it in its
 * forms (the gateway checks it on every post; a header of that name from the client is dropped), and
 * passes on only the portal's language cookie, never the session cookie.
 */
class PortalHeaders implements GatewayFilter {

    static final String CSRF_HEADER = "X-Anskaf-Csrf-Token";
    static final String LANGUAGE_COOKIE = "anskaf-sprog";

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        Mono<CsrfToken> csrf = exchange.getAttributeOrDefault(CsrfToken.class.getName(), Mono.empty());
        return csrf.map(CsrfToken::getToken).defaultIfEmpty("").flatMap(token -> {
            List<String> language = exchange.getRequest().getCookies().getOrDefault(LANGUAGE_COOKIE, List.of()).stream()
                    .map(cookie -> cookie.getName() + "=" + cookie.getValue())
                    .toList();
            ServerHttpRequest request = exchange.getRequest()
                    .mutate()
                    .headers(headers -> {
                        headers.remove(CSRF_HEADER);
                        headers.remove(HttpHeaders.COOKIE);
                        if (!token.isEmpty()) {
                            headers.set(CSRF_HEADER, token);
                        }
                        if (!language.isEmpty()) {
                            headers.set(HttpHeaders.COOKIE, language.getFirst());
                        }
                    })
                    .build();
            return chain.filter(exchange.mutate().request(request).build());
        });
    }
}
