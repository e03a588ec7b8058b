package dk.anskaf.gateway.web;

import dk.anskaf.gateway.tenant.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** What a client gets when a service is down or too slow: 503 problem+json with Retry-After. */
@RestController
class FallbackController {

    @RequestMapping("/fallback/{service}")
    Mono<Void> unavailable(@PathVariable String service, ServerWebExchange exchange) {
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, "10");
        return Problems.write(
                exchange,
                HttpStatus.SERVICE_UNAVAILABLE,
                "service-unavailable",
                "Tjenesten er midlertidigt utilgængelig",
                "Prøv igen om lidt");
    }
}
