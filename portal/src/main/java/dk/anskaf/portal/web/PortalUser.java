package dk.anskaf.portal.web;

import java.util.List;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** The logged-in user as the pages show them, from the verified token's claims. */
public record PortalUser(String name, String municipality, List<String> roles) {

    public boolean has(String role) {
        return roles.contains(role);
    }

    public static Optional<PortalUser> current() {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token) {
            Jwt jwt = token.getToken();
            List<String> roles = jwt.getClaimAsStringList("roles");
            String name = jwt.getClaimAsString("name");
            return Optional.of(new PortalUser(
                    name != null ? name : jwt.getSubject(),
                    jwt.getClaimAsString("tenant_name"),
                    roles == null ? List.of() : roles));
        }
        return Optional.empty();
    }
}
