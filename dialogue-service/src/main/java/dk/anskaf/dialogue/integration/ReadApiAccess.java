package dk.anskaf.dialogue.integration;

import dk.anskaf.platform.security.Role;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * Who may call the read API: a municipality's integration client whose token carries role {@code
 * integration} and scope {@code dialogue.read} (identity issues both to the clients a municipal
 * administrator creates), or a purchaser of the municipality, who may read the same things in the portal
 * anyway. The tenant always comes from the token (docs/security.md).
 */
@Component("readApiAccess")
class ReadApiAccess {

    /** The one scope an integration client is registered with. */
    static final String SCOPE = "dialogue.read";

    public boolean mayRead(Authentication authentication) {
        if (!(authentication instanceof JwtAuthenticationToken token)) {
            return false;
        }
        if (has(authentication, Role.PURCHASER)) {
            return true;
        }
        List<String> scopes = token.getToken().getClaimAsStringList("scope");
        return has(authentication, Role.INTEGRATION) && scopes != null && scopes.contains(SCOPE);
    }

    private static boolean has(Authentication authentication, Role role) {
        return authentication.getAuthorities().stream()
                .anyMatch(authority -> role.authority().equals(authority.getAuthority()));
    }
}
