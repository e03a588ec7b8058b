package dk.anskaf.gateway.ratelimit;

import dk.anskaf.gateway.tenant.VerifiedTenant;
import java.net.InetSocketAddress;
import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import reactor.core.publisher.Mono;

@Configuration(proxyBeanMethods = false)
class RateLimitKeys {

    static final String TENANT_PREFIX = "tenant:";

    /**
     * Per municipality when signed in, else per client address: the connection's peer, never a header
     * (the gateway is the public door, so {@code X-Forwarded-For} is the client's own word; see
     * {@code server.forward-headers-strategy: none} in application.yml).
     */
    @Bean
    @Primary
    KeyResolver tenantOrAddressKeyResolver() {
        return exchange -> ReactiveSecurityContextHolder.getContext()
                .flatMap(context -> Mono.justOrEmpty(VerifiedTenant.of(context.getAuthentication())))
                .map(tenant -> TENANT_PREFIX + tenant.tenantId())
                .switchIfEmpty(Mono.fromSupplier(() -> {
                    InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
                    return "ip:"
                            + (remote == null ? "unknown" : remote.getAddress().getHostAddress());
                }));
    }
}
