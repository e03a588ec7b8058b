package dk.anskaf.platform.client;

import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The caller's verified access token, for outgoing calls: the called service derives the same tenant and
 * roles from the same signed claims. No tenant header is ever sent, since a service never trusts one.
 */
final class TokenRelay {

    private TokenRelay() {}

    /** {@code Bearer <token>} of the current request's user; empty outside a request or without a token. */
    static Optional<String> authorization() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token
                ? Optional.of("Bearer " + token.getToken().getTokenValue())
                : Optional.empty();
    }
}
