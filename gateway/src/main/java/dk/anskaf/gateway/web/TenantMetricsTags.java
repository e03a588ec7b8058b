package dk.anskaf.gateway.web;

import dk.anskaf.gateway.tenant.TenantHeaderFilter;
import io.micrometer.core.instrument.Tags;
import java.util.regex.Pattern;
import org.springframework.cloud.gateway.support.tagsprovider.GatewayTagsProvider;
import org.springframework.stereotype.Component;

/**
 * Adds the tenant to the gateway's request metrics. Bounded: a kommunekode or "operator", anything else
 * is "other", unauthenticated requests are "none" (at most 101 values).
 */
@Component
class TenantMetricsTags implements GatewayTagsProvider {

    private static final Pattern KNOWN = Pattern.compile("\\d{4}|operator");

    @Override
    public Tags apply(org.springframework.web.server.ServerWebExchange exchange) {
        Object tenant = exchange.getAttribute(TenantHeaderFilter.TENANT_ATTRIBUTE);
        if (tenant == null) {
            return Tags.of("tenant", "none");
        }
        return Tags.of("tenant", KNOWN.matcher(tenant.toString()).matches() ? tenant.toString() : "other");
    }
}
