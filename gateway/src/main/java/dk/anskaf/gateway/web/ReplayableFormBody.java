package dk.anskaf.gateway.web;

import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
 * small; a body over 1 MB is refused with 413.
 */
@Component
@Order(-200) // before Spring Security's filter chain (-100)
class ReplayableFormBody implements WebFilter {

    static final int LIMIT = 1_048_576;

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        MediaType type = request.getHeaders().getContentType();
        if (!HttpMethod.POST.equals(request.getMethod())
                || type == null
                || !MediaType.APPLICATION_FORM_URLENCODED.isCompatibleWith(type)) {
            return chain.filter(exchange);
        }
        Charset charset = type.getCharset() != null ? type.getCharset() : StandardCharsets.UTF_8;
        return DataBufferUtils.join(request.getBody(), LIMIT)
                .map(ReplayableFormBody::bytes)
                .defaultIfEmpty(new byte[0])
                .flatMap(body -> chain.filter(replaying(exchange, body, charset)))
                .onErrorResume(DataBufferLimitException.class, tooLarge -> {
                    exchange.getResponse().setStatusCode(HttpStatus.CONTENT_TOO_LARGE);
                    return exchange.getResponse().setComplete();
                });
    }

    private static byte[] bytes(DataBuffer buffer) {
        byte[] bytes = new byte[buffer.readableByteCount()];
        buffer.read(bytes);
        DataBufferUtils.release(buffer);
        return bytes;
    }

    private static ServerWebExchange replaying(ServerWebExchange exchange, byte[] body, Charset charset) {
        ServerHttpRequest replay = new ServerHttpRequestDecorator(exchange.getRequest()) {
            @Override
            public Flux<DataBuffer> getBody() {
                return Flux.defer(
                        () -> Flux.just(exchange.getResponse().bufferFactory().wrap(body)));
            }
        };
        MultiValueMap<String, String> form = parse(new String(body, charset), charset);
        return new ServerWebExchangeDecorator(exchange.mutate().request(replay).build()) {
            @Override
            public Mono<MultiValueMap<String, String>> getFormData() {
                return Mono.just(form);
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
