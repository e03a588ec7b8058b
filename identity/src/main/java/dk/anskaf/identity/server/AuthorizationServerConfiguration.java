package dk.anskaf.identity.server;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import dk.anskaf.identity.IdentityProperties;
import dk.anskaf.identity.federation.FederationStartGuard;
import dk.anskaf.identity.login.LoginPagePolicy;
import dk.anskaf.identity.login.MunicipalityLoginDetails;
import dk.anskaf.platform.security.AccessTokens;
import dk.anskaf.platform.security.AnskafClaims;
import dk.anskaf.platform.security.PlatformSecurityConfiguration;
import dk.anskaf.platform.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.client.JdbcRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * The OpenID Connect provider: authorization code with PKCE, refresh tokens, client credentials, JWKS
 * with key ids, RP-initiated logout; clients, authorizations and consents in PostgreSQL.
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerEndpoints(HttpSecurity http, LoginPagePolicy pagePolicy) throws Exception {
        http.headers(headers -> headers.addHeaderWriter(pagePolicy))
                .oauth2AuthorizationServer(server -> {
                    http.securityMatcher(server.getEndpointsMatcher());
                    server.oidc(Customizer.withDefaults());
                })
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"),
                        new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
        return http.build();
    }

    /**
     * The identity service's own API (administration), its internal API for other services and its
     * actuator: access tokens it issued itself. Probes and info are open; metrics only for an operator,
     * like every other service; {@code /internal/**} only for the machine client it was made for.
     */
    @Bean
    @Order(2)
    SecurityFilterChain administrationApi(HttpSecurity http, JwtDecoder jwtDecoder) throws Exception {
        http.securityMatcher("/api/**", "/internal/**", "/actuator/**")
                .authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health/**", "/actuator/info")
                        .permitAll()
                        .requestMatchers("/actuator/**")
                        .hasRole(Role.OPERATOR.name())
                        .requestMatchers("/internal/v1/supplier-sign-in-links")
                        .access(notificationClient())
                        .requestMatchers("/internal/**")
                        .denyAll()
                        // A municipality's integration client reads dialogue-service's read API only.
                        .anyRequest()
                        .access(PlatformSecurityConfiguration.authenticatedExceptIntegration()))
                .oauth2ResourceServer(resource -> resource.jwt(jwt -> jwt.decoder(jwtDecoder)
                                .jwtAuthenticationConverter(PlatformSecurityConfiguration.jwtAuthentication()))
                        .authenticationEntryPoint(PlatformSecurityConfiguration.unauthenticated())
                        .accessDeniedHandler(PlatformSecurityConfiguration.forbidden()))
                // Refusals as problem+json, like every other service's API.
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(PlatformSecurityConfiguration.unauthenticated())
                                .accessDeniedHandler(PlatformSecurityConfiguration.forbidden()))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterAfter(
                        new dk.anskaf.platform.security.TenantBindingFilter(),
                        org.springframework.security.oauth2.server.resource.web.authentication
                                .BearerTokenAuthenticationFilter.class);
        return http.build();
    }

    /**
     * Only a client-credentials token of notification-service's machine client with scope
     * {@code supplier-links}: its subject is the client id (a user's token has the user's id there, and
     * carries the gateway's scopes), so no user token, whatever its roles, passes.
     */
    private static AuthorizationManager<RequestAuthorizationContext> notificationClient() {
        return (authentication, context) -> {
            boolean granted = authentication.get() instanceof JwtAuthenticationToken token
                    && ClientRegistrations.NOTIFICATION_CLIENT_ID.equals(
                            token.getToken().getSubject())
                    && token.getToken().getClaimAsStringList("scope") != null
                    && token.getToken().getClaimAsStringList("scope").contains(ClientRegistrations.SUPPLIER_LINKS_SCOPE)
                    && token.getToken().getClaimAsString(AnskafClaims.TENANT_ID) == null;
            return new AuthorizationDecision(granted);
        };
    }

    /** Login pages for people: choose municipality, then the municipality's login. */
    @Bean
    @Order(3)
    SecurityFilterChain loginPages(
            HttpSecurity http,
            org.springframework.security.oauth2.client.registration.ClientRegistrationRepository federated,
            org.springframework.security.oauth2.client.userinfo.OAuth2UserService<
                            org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest,
                            org.springframework.security.oauth2.core.oidc.user.OidcUser>
                    federatedUsers,
            LoginPagePolicy pagePolicy)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/login",
                                "/login/myndighed",
                                "/login.css",
                                "/error",
                                "/leverandoer",
                                "/leverandoer/login")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .authenticationDetailsSource(MunicipalityLoginDetails.source())
                        .permitAll())
                .oauth2Login(federation -> federation
                        .loginPage("/login")
                        .clientRegistrationRepository(federated)
                        .userInfoEndpoint(userInfo -> userInfo.oidcUserService(federatedUsers)))
                .addFilterBefore(new FederationStartGuard(federated), OAuth2AuthorizationRequestRedirectFilter.class)
                .headers(headers -> headers.addHeaderWriter(pagePolicy));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    RegisteredClientRepository registeredClientRepository(JdbcTemplate jdbc) {
        return new JdbcRegisteredClientRepository(jdbc);
    }

    @Bean
    OAuth2AuthorizationService authorizationService(JdbcTemplate jdbc, RegisteredClientRepository clients) {
        return new JdbcOAuth2AuthorizationService(jdbc, clients);
    }

    @Bean
    OAuth2AuthorizationConsentService authorizationConsentService(
            JdbcTemplate jdbc, RegisteredClientRepository clients) {
        return new JdbcOAuth2AuthorizationConsentService(jdbc, clients);
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(IdentityProperties properties) {
        // Without a configured issuer, it is taken from the request (fine locally; set it in deployments).
        AuthorizationServerSettings.Builder settings = AuthorizationServerSettings.builder();
        if (properties.issuer() != null && !properties.issuer().isBlank()) {
            settings.issuer(properties.issuer());
        }
        return settings.build();
    }

    /** All keys that may still verify tokens; the JWK set endpoint publishes their public halves. */
    @Bean
    JWKSource<SecurityContext> jwkSource(SigningKeys keys) {
        return (selector, context) -> selector.select(keys.keys());
    }

    /** Signs with the current key only, named by its key id, so rotation never makes signing ambiguous. */
    @Bean
    JwtEncoder jwtEncoder(JWKSource<SecurityContext> jwkSource, SigningKeys keys) {
        NimbusJwtEncoder encoder = new NimbusJwtEncoder(jwkSource);
        encoder.setJwkSelector(candidates -> {
            String current = keys.signingKey().getKeyID();
            return candidates.stream()
                    .filter(jwk -> current.equals(jwk.getKeyID()))
                    .findFirst()
                    .orElseGet(() -> (JWK) keys.signingKey());
        });
        return encoder;
    }

    /**
     * For identity's own API (and the OIDC user info endpoint): only access tokens, as every other resource
     * server (see {@link AccessTokens}). The issuer is checked when configured; without it identity takes
     * its issuer from the request, and its own key set already limits tokens to those it signed.
     */
    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> jwkSource, IdentityProperties properties) {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.Family.RSA, jwkSource));
        // Nimbus's own checks accept only typ JWT and know no audience: the validator below decides instead.
        processor.setJWSTypeVerifier((type, context) -> {});
        processor.setJWTClaimsSetVerifier((claims, context) -> {});
        NimbusJwtDecoder decoder = new NimbusJwtDecoder(processor);
        decoder.setJwtValidator(AccessTokens.validator(properties.issuer()));
        return decoder;
    }
}
