package dk.anskaf.gateway.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.HtmlUtils;
import reactor.core.publisher.Mono;

/**
 * The gateway's own answer to a browser when the portal cannot give one (it is away, or the request
 * never reached it): short, Danish with an English line, accessible, no scripts or styles needed.
 */
public final class BrowserPage {

    private BrowserPage() {}

    public static Mono<Void> write(
            ServerWebExchange exchange, HttpStatus status, String title, String danish, String english) {
        byte[] html =
                """
                <!DOCTYPE html>
                <html lang="da"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%1$s</title></head>
                <body><main>
                <h1>%1$s</h1>
                <p>%2$s</p>
                <p lang="en">%3$s</p>
                </main></body></html>
                """.formatted(escape(title), escape(danish), escape(english)).getBytes(StandardCharsets.UTF_8);
        exchange.getResponse().setStatusCode(status);
        exchange.getResponse().getHeaders().setContentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8));
        return exchange.getResponse()
                .writeWith(Mono.just(exchange.getResponse().bufferFactory().wrap(html)));
    }

    /** Only the characters HTML needs escaped; the page is UTF-8, so Danish letters stay letters. */
    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
