package dk.anskaf.gateway.web;

import dk.anskaf.gateway.tenant.Problems;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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

    /** A browser asking for a page gets a page: short, Danish, accessible, no scripts or styles needed. */
    private static Mono<Void> page(ServerWebExchange exchange) {
        byte[] html = """
                <!DOCTYPE html>
                <html lang="da"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Anskaf er midlertidigt utilgængelig</title></head>
                <body><main>
                <h1>Anskaf er midlertidigt utilgængelig</h1>
                <p>Siden kunne ikke hentes lige nu. Prøv igen om lidt; det du har gemt, er ikke gået tabt.</p>
                <p lang="en">Anskaf is temporarily unavailable. Please try again shortly.</p>
                </main></body></html>
                """.getBytes(StandardCharsets.UTF_8);
        exchange.getResponse().setStatusCode(HttpStatus.SERVICE_UNAVAILABLE);
        exchange.getResponse().getHeaders().setContentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8));
        return exchange.getResponse()
                .writeWith(Mono.just(exchange.getResponse().bufferFactory().wrap(html)));
    }
}
