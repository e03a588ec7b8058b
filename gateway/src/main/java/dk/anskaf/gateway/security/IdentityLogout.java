package dk.anskaf.gateway.security;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.security.web.server.authentication.logout.ServerLogoutSuccessHandler;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;

/**
 * After the gateway's session is gone, ends the login at identity too (OpenID Connect RP-initiated
 * logout) and comes back to the gateway's front page. The provider is configured without discovery,
 * so its end-session endpoint is named here.
 */
class IdentityLogout implements ServerLogoutSuccessHandler {

    private final String identityPublicUrl;

    IdentityLogout(String identityPublicUrl) {
        this.identityPublicUrl = identityPublicUrl;
    }

    @Override
    public Mono<Void> onLogoutSuccess(WebFilterExchange exchange, Authentication authentication) {
        var request = exchange.getExchange().getRequest();
        String back = UriComponentsBuilder.fromUri(request.getURI())
                .replacePath("/")
                .replaceQuery(null)
                .build()
                .toUriString();
        UriComponentsBuilder target = UriComponentsBuilder.fromUriString(identityPublicUrl + "/connect/logout")
                .queryParam("post_logout_redirect_uri", back);
        if (authentication != null && authentication.getPrincipal() instanceof OidcUser user) {
            target.queryParam("id_token_hint", user.getIdToken().getTokenValue());
        }
        var response = exchange.getExchange().getResponse();
        response.setStatusCode(HttpStatus.FOUND);
        response.getHeaders().setLocation(URI.create(target.encode().build().toUriString()));
        return response.setComplete();
    }
}
