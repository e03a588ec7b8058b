package dk.anskaf.platform.security;

import dk.anskaf.platform.tenancy.TenantContext;
import dk.anskaf.platform.tenancy.TenantId;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Binds the tenant of the verified token to the request thread, the log MDC and the request's metrics and
 * trace tags, and clears it when the request ends. Headers play no part: a client cannot choose a tenant.
 * Runs inside the security filter chain, after bearer-token authentication.
 */
public class TenantBindingFilter extends OncePerRequestFilter {

    /** Tag name on the http.server.requests metric and span (at most one value per tenant). */
    public static final String TENANT_TAG = "tenant";

    /** Request attribute holding the bound tenant id, read by {@link TenantObservationConvention}. */
    public static final String TENANT_ATTRIBUTE = TenantBindingFilter.class.getName() + ".tenant";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<TenantId> tenant = CurrentUser.current().flatMap(CurrentUser::tenant);
        if (tenant.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        request.setAttribute(TENANT_ATTRIBUTE, tenant.get().value());
        try (TenantContext.Binding ignored = TenantContext.open(tenant.get())) {
            chain.doFilter(request, response);
        }
    }
}
