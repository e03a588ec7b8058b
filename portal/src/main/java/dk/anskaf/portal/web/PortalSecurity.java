package dk.anskaf.portal.web;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtTypeValidator;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * The user is whoever the relayed access token says (verified against identity's keys, issuer and
 * audience from {@code spring.security.oauth2.resourceserver.jwt.*}, and typed {@code at+jwt}: never an ID
 * token); public pages need none. Metrics only for an operator's token, probes for anyone. CSRF is
 * checked by the gateway, the only way in (the portal's port is not exposed), and the portal keeps no
 * session.
 *
 * <p>Two kinds of user, two parts of the portal: a supplier contact's token (role {@code supplier}, a
 * supplier organisation, no municipality; {@link PortalUser#isSupplier}) opens the supplier area {@code
 * /leverandoer/**} and the public pages only; every other page is for municipal users, who in turn do
 * not open the supplier area. A refusal is the portal's 403 page, not a bare status.
 */
@Configuration(proxyBeanMethods = false)
class PortalSecurity {

    static final String[] PUBLIC = {
        "/",
        "/tilgaengelighed",
        "/hjaelp",
        "/assets/**",
        "/favicon.ico",
        "/error",
        ForbiddenPage.PATH,
        "/actuator/health/**"
    };

    /** The supplier contacts' part of the portal (package {@code dk.anskaf.portal.supplier}). */
    static final String SUPPLIER_AREA = "/leverandoer/**";

    @Bean
    SecurityFilterChain portal(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC)
                        .permitAll()
                        .requestMatchers("/actuator/**")
                        .hasAuthority("ROLE_operator")
                        .requestMatchers(SUPPLIER_AREA)
                        .access(tokenOf(true))
                        .anyRequest()
                        .access(tokenOf(false)))
                .oauth2ResourceServer(resource -> resource.jwt(Customizer.withDefaults()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(refusal -> refusal.accessDeniedHandler((request, response, denied) ->
                        request.getRequestDispatcher(ForbiddenPage.PATH).forward(request, response)))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable());
        return http.build();
    }

    /**
     * A signed-in user of the given kind (supplier contact or not). Anonymous callers are refused too, and
     * so reach the entry point (401): the gateway logs them in.
     */
    private static AuthorizationManager<RequestAuthorizationContext> tokenOf(boolean supplier) {
        return (authentication, context) ->
                new AuthorizationDecision(authentication.get() instanceof JwtAuthenticationToken token
                        && PortalUser.isSupplier(token.getToken()) == supplier
                        && !isIntegrationClient(token));
    }

    /**
     * A municipality's integration client (role {@code integration}) carries the municipality's claims but
     * is no person: it reads dialogue-service's read API and opens no page of the portal.
     */
    private static boolean isIntegrationClient(JwtAuthenticationToken token) {
        List<String> roles = token.getToken().getClaimAsStringList("roles");
        return roles != null && roles.contains("integration");
    }

    /** Access tokens only (RFC 9068 {@code typ}); Spring Boot adds this to its JWT decoder. */
    @Bean
    OAuth2TokenValidator<Jwt> accessTokenType() {
        return new JwtTypeValidator(List.of("at+jwt", "application/at+jwt"));
    }
}
