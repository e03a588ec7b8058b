package dk.anskaf.identity.login;

import dk.anskaf.identity.IdentityProperties;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.stereotype.Component;

/**
 * The Content-Security-Policy of identity's pages (login, "Vælg myndighed", errors): everything from
 * identity itself, no framing, no plugins. {@code form-action} also names every place a login form's
 * redirects lead to, since browsers check it along the redirect chain: the gateway's redirect and
 * post-logout addresses, and the providers of municipalities with federated login (read at most once a
 * minute, so a newly configured municipality works within a minute).
 */
@Component
public class LoginPagePolicy implements HeaderWriter {

    static final Duration REFRESH = Duration.ofMinutes(1);

    private final IdentityProperties properties;
    private final JdbcClient jdbc;
    private volatile String policy;
    private volatile Instant readAt = Instant.EPOCH;

    LoginPagePolicy(IdentityProperties properties, JdbcClient jdbc) {
        this.properties = properties;
        this.jdbc = jdbc;
    }

    @Override
    public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
        if (!response.containsHeader("Content-Security-Policy")) {
            response.setHeader("Content-Security-Policy", policy());
        }
    }

    String policy() {
        if (Instant.now().isAfter(readAt.plus(REFRESH))) {
            Set<String> targets = new LinkedHashSet<>();
            Stream.concat(
                            Stream.concat(
                                    Stream.concat(
                                            properties.gatewayRedirectUris().stream(),
                                            properties.gatewayPostLogoutRedirectUris().stream()),
                                    // A redeemed supplier link continues at the portal (through the gateway).
                                    Stream.of(properties.portalUrl())),
                            federatedIssuers())
                    .map(LoginPagePolicy::origin)
                    .filter(origin -> !origin.isEmpty())
                    .forEach(targets::add);
            policy = "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self';"
                    + " frame-ancestors 'none'; form-action 'self'"
                    + (targets.isEmpty() ? "" : " " + String.join(" ", targets));
            readAt = Instant.now();
        }
        return policy;
    }

    private Stream<String> federatedIssuers() {
        // The tenant registry is global (no row-level security): which municipalities log in upstream.
        return jdbc
                .sql("select distinct oidc_issuer from tenant where onboarded and login_method = 'OIDC'")
                .query(String.class)
                .list()
                .stream();
    }

    private static String origin(String address) {
        try {
            URI uri = URI.create(address.trim());
            return uri.getScheme() == null || uri.getAuthority() == null
                    ? ""
                    : uri.getScheme() + "://" + uri.getAuthority();
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
