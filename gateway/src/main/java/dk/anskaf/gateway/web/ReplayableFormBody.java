package dk.anskaf.gateway.web;

import dk.anskaf.gateway.tenant.Problems;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.codec.multipart.DefaultPartHttpMessageReader;
import org.springframework.http.codec.multipart.FormFieldPart;
import org.springframework.http.codec.multipart.Part;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebExchangeDecorator;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A browser form post is read once, before the CSRF check, and then served twice from memory: to the
 * CSRF check (which looks for the {@code _csrf} field) and, unchanged, to the portal behind the route.
 * Without this the check would use up the body and the portal would get an empty form. Forms are
 * small; a body over 1 MB is refused with 413. File uploads (multipart, the kravbank import) may be up
 * to 12 MB; of those only the {@code _csrf} field is handed to the check, which the portal's forms put
 * before the file.
 */
@Component
@Order(-200) // before Spring Security's filter chain (-100)
class ReplayableFormBody implements WebFilter {

    static final int LIMIT = 1_048_576;
    static final int UPLOAD_LIMIT = 12 * 1_048_576;

    private static final String CSRF_FIELD = "_csrf";

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        MediaType type = request.getHeaders().getContentType();
        if (!HttpMethod.POST.equals(request.getMethod()) || type == null) {
            return chain.filter(exchange);
        }
        if (MediaType.APPLICATION_FORM_URLENCODED.isCompatibleWith(type)) {
            Charset charset = type.getCharset() != null ? type.getCharset() : StandardCharsets.UTF_8;
            return read(exchange, LIMIT)
                    .flatMap(body -> chain.filter(
                            replaying(exchange, body, Mono.just(parse(new String(body, charset), charset)))))
                    .onErrorResume(DataBufferLimitException.class, tooLarge -> refuse(exchange, false));
        }
        if (MediaType.MULTIPART_FORM_DATA.isCompatibleWith(type)) {
            return read(exchange, UPLOAD_LIMIT)
                    .flatMap(body -> chain.filter(replaying(exchange, body, csrfField(exchange, body))))
                    .onErrorResume(DataBufferLimitException.class, tooLarge -> refuse(exchange, true));
        }
        return chain.filter(exchange);
    }

    private static Mono<byte[]> read(ServerWebExchange exchange, int limit) {
        return DataBufferUtils.join(exchange.getRequest().getBody(), limit)
                .map(ReplayableFormBody::bytes)
                .defaultIfEmpty(new byte[0]);
    }

    /** problem+json for API clients; a page saying what to do for a browser. Nothing was forwarded. */
    private static Mono<Void> refuse(ServerWebExchange exchange, boolean upload) {
        if (exchange.getRequest().getPath().value().startsWith("/api/")) {
            return Problems.write(
                    exchange,
                    HttpStatus.CONTENT_TOO_LARGE,
                    "too-large",
                    "For stor",
                    "Formularen er højst 1 MB og en fil højst 10 MB");
        }
        if (!upload) {
            return BrowserPage.write(
                    exchange,
                    HttpStatus.CONTENT_TOO_LARGE,
                    "Teksten er for lang",
                    "Intet er gemt. En formular kan højst rumme 1 MB tekst. Gå tilbage, og gør teksten kortere.",
                    "Nothing was saved. A form can hold at most 1 MB of text. Go back and shorten the text.");
        }
        return BrowserPage.write(
                exchange,
                HttpStatus.CONTENT_TOO_LARGE,
                "Filen er for stor",
                "Intet er gemt. En fil må højst fylde 10 MB. Gå tilbage, og vælg en mindre fil.",
                "Nothing was saved. A file may be at most 10 MB. Go back and choose a smaller file.");
    }

    /** The multipart body's {@code _csrf} field, as the form data the CSRF check reads; empty if absent. */
    private static Mono<MultiValueMap<String, String>> csrfField(ServerWebExchange exchange, byte[] body) {
        DefaultPartHttpMessageReader reader = new DefaultPartHttpMessageReader();
        reader.setMaxInMemorySize(UPLOAD_LIMIT); // the body is in memory already; never spill parts to disk
        return reader.read(ResolvableType.forClass(Part.class), replay(exchange, body), Map.of())
                .filter(part -> part instanceof FormFieldPart field && CSRF_FIELD.equals(field.name()))
                .next()
                .map(part -> {
                    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
                    form.add(CSRF_FIELD, ((FormFieldPart) part).value());
                    return form;
                })
                .onErrorResume(malformed -> Mono.empty())
                .defaultIfEmpty(new LinkedMultiValueMap<>())
                .cache();
    }

    private static byte[] bytes(DataBuffer buffer) {
        byte[] bytes = new byte[buffer.readableByteCount()];
        buffer.read(bytes);
        DataBufferUtils.release(buffer);
        return bytes;
    }

    private static ServerHttpRequest replay(ServerWebExchange exchange, byte[] body) {
        return new ServerHttpRequestDecorator(exchange.getRequest()) {
            @Override
            public Flux<DataBuffer> getBody() {
                return Flux.defer(
                        () -> Flux.just(exchange.getResponse().bufferFactory().wrap(body)));
            }
        };
    }

    private static ServerWebExchange replaying(
            ServerWebExchange exchange, byte[] body, Mono<MultiValueMap<String, String>> form) {
        return new ServerWebExchangeDecorator(
                exchange.mutate().request(replay(exchange, body)).build()) {
            @Override
            public Mono<MultiValueMap<String, String>> getFormData() {
                return form;
            }
        };
    }

    static MultiValueMap<String, String> parse(String body, Charset charset) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            try {
                form.add(URLDecoder.decode(name, charset), URLDecoder.decode(value, charset));
            } catch (IllegalArgumentException malformed) {
                // a broken %-escape: the field is left out, so a CSRF token in it is simply missing
            }
        }
        return form;
    }
}
