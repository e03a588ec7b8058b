package dk.anskaf.gateway.tenant;

import dk.anskaf.gateway.GatewayProperties;
import java.util.Locale;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Removes every inbound {@code X-Tenant*} header and sets {@code X-Tenant-Id} from the verified token
 * (replacing, never appending). When municipality host names are on, a request to {@code
 * favrskov.<domain>} with a token of another municipality is refused with 403. Services still take the
 * tenant from the token themselves; the header is for logs and routing only.
 */
@Component
public class TenantHeaderFilter implements WebFilter, Ordered {

    public static final String TENANT_HEADER = "X-Tenant-Id";
    public static final String TENANT_ATTRIBUTE = "anskaf.tenant";

    private final GatewayProperties properties;

    TenantHeaderFilter(GatewayProperties properties) {
        this.properties = properties;
    }

    @Override
    public int getOrder() {
        // After Spring Security's WebFilterChainProxy (order -100), so the authentication is known.
        return 0;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .map(VerifiedTenant::of)
                .defaultIfEmpty(Optional.empty())
                .flatMap(tenant -> {
                    if (hostBelongsToAnotherTenant(exchange, tenant)) {
                        return Problems.write(
                                exchange,
                                HttpStatus.FORBIDDEN,
                                "forbidden",
                                "Forkert kommune",
                                "Denne adresse tilhører en anden kommune end den, du er logget ind for");
                    }
                    ServerHttpRequest request = exchange.getRequest()
                            .mutate()
                            .headers(headers -> {
                                new java.util.ArrayList<>(headers.headerNames())
                                        .stream()
                                                .filter(name -> name.toLowerCase(Locale.ROOT)
                                                        .startsWith("x-tenant"))
                                                .forEach(headers::remove);
                                tenant.ifPresent(t -> headers.set(TENANT_HEADER, t.tenantId()));
                            })
                            .build();
                    tenant.ifPresent(t -> exchange.getAttributes().put(TENANT_ATTRIBUTE, t.tenantId()));
                    return chain.filter(exchange.mutate().request(request).build());
                });
    }

    private boolean hostBelongsToAnotherTenant(ServerWebExchange exchange, Optional<VerifiedTenant> tenant) {
        String base = properties.baseDomain();
        String host = exchange.getRequest().getHeaders().getFirst(HttpHeaders.HOST);
        if (base == null || base.isBlank() || host == null) {
            return false;
        }
        String hostname = host.replaceFirst(":\\d+$", "").toLowerCase(Locale.ROOT);
        String suffix = "." + base.toLowerCase(Locale.ROOT);
        if (!hostname.endsWith(suffix)) {
            return false;
        }
        String label = hostname.substring(0, hostname.length() - suffix.length());
        if (label.isEmpty() || label.equals("www") || tenant.isEmpty()) {
            return false;
        }
        return !label.equals(tenant.get().slug());
    }
}
