package dk.anskaf.platform.security;

import io.micrometer.common.KeyValues;
import org.springframework.http.server.observation.DefaultServerRequestObservationConvention;
import org.springframework.http.server.observation.ServerRequestObservationContext;

/**
 * Tags every {@code http.server.requests} observation with {@code tenant}: the municipality bound by
 * {@link TenantBindingFilter}, or {@code none} for requests answered before or without one (401, a
 * refused parameter, the operator's scrape). Prometheus keeps one set of tag keys per meter name, so a
 * request without the tag registered first would silently drop every tenant-tagged one after it.
 */
public class TenantObservationConvention extends DefaultServerRequestObservationConvention {

    static final String NO_TENANT = "none";

    @Override
    public KeyValues getLowCardinalityKeyValues(ServerRequestObservationContext context) {
        Object tenant = context.getCarrier().getAttribute(TenantBindingFilter.TENANT_ATTRIBUTE);
        return super.getLowCardinalityKeyValues(context)
                .and(TenantBindingFilter.TENANT_TAG, tenant == null ? NO_TENANT : tenant.toString());
    }
}
