package dk.anskaf.platform.feign;

import feign.RequestInterceptor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Outgoing Feign calls carry the caller's verified access token, so the called service derives the same
 * tenant and roles from the same signed claims. No tenant header is sent: a service never trusts one.
 */
@AutoConfiguration
@ConditionalOnClass(RequestInterceptor.class)
public class TokenRelayConfiguration {

    @Bean
    RequestInterceptor anskafTokenRelay() {
        return template -> {
            if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token) {
                template.header(
                        HttpHeaders.AUTHORIZATION, "Bearer " + token.getToken().getTokenValue());
            }
        };
    }
}
