package dk.anskaf.catalog;

import dk.anskaf.platform.security.AnskafClaims;
import dk.anskaf.platform.tenancy.TenantContext;
import dk.anskaf.platform.tenancy.TenantId;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs SQL in one transaction as a verified user of a municipality would (tenant and roles bound as for
 * a request), with no catalogue code in between: proves what row-level security alone allows.
 */
public final class AsUser {

    private AsUser() {}

    public static <T> T call(TransactionTemplate transactions, String tenant, List<String> roles, Supplier<T> work) {
        Jwt token = Jwt.withTokenValue("test")
                .header("alg", "none")
                .subject("rls-test-" + tenant)
                .claim(AnskafClaims.TENANT_ID, tenant)
                .claim(AnskafClaims.ROLES, roles)
                .build();
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(token));
        try {
            return TenantContext.callAs(TenantId.of(tenant), () -> transactions.execute(status -> work.get()));
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
