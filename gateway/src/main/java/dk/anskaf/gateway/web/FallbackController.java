package dk.anskaf.gateway.web;

import dk.anskaf.gateway.tenant.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * What a client gets when a service is down or too slow: 503 with Retry-After, as problem+json for the
 * APIs and as a plain Danish page when the portal (the web pages) is away.
 */
@RestController
class FallbackController {

    @RequestMapping("/fallback/{service}")
    Mono<Void> unavailable(@PathVariable String service, ServerWebExchange exchange) {
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, "10");
        if ("portal".equals(service)) {
            return page(exchange);
        }
        return Problems.write(
                exchange,
                HttpStatus.SERVICE_UNAVAILABLE,
                "service-unavailable",
                "Tjenesten er midlertidigt utilgængelig",
                "Prøv igen om lidt");
    }

    /** A browser asking for a page gets a page. */
    private static Mono<Void> page(ServerWebExchange exchange) {
        return BrowserPage.write(
                exchange,
                HttpStatus.SERVICE_UNAVAILABLE,
                "Anskaf er midlertidigt utilgængelig",
                "Siden kunne ikke hentes lige nu. Prøv igen om lidt; det du har gemt, er ikke gået tabt.",
                "Anskaf is temporarily unavailable. Please try again shortly.");
    }
}
