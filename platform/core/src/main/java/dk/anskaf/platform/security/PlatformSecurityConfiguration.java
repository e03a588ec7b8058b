package dk.anskaf.platform.security;

import dk.anskaf.platform.errors.ProblemResponses;
import dk.anskaf.platform.errors.ProblemTypes;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.JwkSetUriJwtDecoderBuilderCustomizer;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.web.client.RestTemplate;

/**
 * Every service is an OAuth2 resource server: only access tokens of identity are accepted (signature from
 * the JWK set, issuer, audience {@code anskaf-api}, type {@code at+jwt}; see {@link AccessTokens}), roles
 * from the {@code roles} claim, method security on, the tenant bound from the token. Health (probes) and
 * info are open; Prometheus needs an operator's token (role {@code operator}), since metrics name
 * municipalities and routes; everything else needs a valid token unless the service lists it in
 * {@code anskaf.security.public-paths}. A municipality's integration client (role {@code integration})
 * reaches only the paths listed in {@code anskaf.security.integration-paths}.
 */
@AutoConfiguration(before = {ServletWebSecurityAutoConfiguration.class, OAuth2ResourceServerAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableMethodSecurity
@EnableConfigurationProperties(SecurityProperties.class)
public class PlatformSecurityConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(PlatformSecurityConfiguration.class);
    private static final Duration KEY_SET_CONNECT_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration KEY_SET_READ_TIMEOUT = Duration.ofSeconds(5);

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain anskafSecurityFilterChain(HttpSecurity http, SecurityProperties properties) throws Exception {
        String[] publicPaths = properties.publicPaths().toArray(String[]::new);
        String[] integrationPaths = properties.integrationPaths().toArray(String[]::new);
        http.authorizeHttpRequests(requests -> {
                    requests.requestMatchers("/actuator/health/**", "/actuator/info")
                            .permitAll();
                    requests.requestMatchers("/actuator/**").hasRole(Role.OPERATOR.name());
                    if (publicPaths.length > 0) {
                        requests.requestMatchers(publicPaths).permitAll();
                    }
                    requests.requestMatchers("/error").permitAll();
                    if (integrationPaths.length > 0) {
                        // The controllers' own rules decide who of the authenticated callers may read.
                        requests.requestMatchers(integrationPaths).authenticated();
                    }
                    requests.anyRequest().access(authenticatedExceptIntegration());
                })
                .oauth2ResourceServer(resource -> resource.jwt(
                                jwt -> jwt.jwtAuthenticationConverter(jwtAuthentication()))
                        .authenticationEntryPoint(unauthenticated())
                        .accessDeniedHandler(forbidden())
                        .withObjectPostProcessor(new ObjectPostProcessor<BearerTokenAuthenticationFilter>() {
                            @Override
                            public <O extends BearerTokenAuthenticationFilter> O postProcess(O filter) {
                                filter.setAuthenticationFailureHandler(bearerTokenFailure());
                                return filter;
                            }
                        }))
                .exceptionHandling(errors ->
                        errors.authenticationEntryPoint(unauthenticated()).accessDeniedHandler(forbidden()))
                // Bearer tokens only, no cookies: nothing for a cross-site request to ride on.
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterAfter(new TenantBindingFilter(), BearerTokenAuthenticationFilter.class);
        return http.build();
    }

    /** Every request metric carries the same tag keys, tenant included (see the convention's Javadoc). */
    @Bean
    @ConditionalOnMissingBean(org.springframework.http.server.observation.ServerRequestObservationConvention.class)
    TenantObservationConvention tenantObservationConvention() {
        return new TenantObservationConvention();
    }

    /**
     * Identity's key set is fetched with time limits (connect 2 s, read 5 s). Spring's default client has
     * none, so an identity that accepts connections and never answers would hold every request thread of
     * the service; with the limits the request gets 503 {@code authentication-unavailable} instead.
     */
    @Bean
    JwkSetUriJwtDecoderBuilderCustomizer anskafKeySetTimeouts() {
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(KEY_SET_CONNECT_TIMEOUT);
        requests.setReadTimeout(KEY_SET_READ_TIMEOUT);
        RestTemplate keySet = new RestTemplate(requests);
        return builder -> builder.restOperations(keySet);
    }

    /** Access tokens only: Spring Boot adds this to its JWT decoder (issuer and audience come from properties). */
    @Bean
    OAuth2TokenValidator<Jwt> anskafAccessTokenType() {
        return AccessTokens.typeValidator();
    }

    /**
     * Any authenticated caller except a municipality's integration client ({@link Role#INTEGRATION}): its
     * token carries a municipality's tenant claims, so without this rule it would pass every endpoint that
     * asks for no particular role. Used for every path outside {@code anskaf.security.integration-paths},
     * here and in identity's own API chain.
     */
    public static AuthorizationManager<RequestAuthorizationContext> authenticatedExceptIntegration() {
        return (authentication, context) -> {
            Authentication caller = authentication.get();
            boolean granted = caller != null
                    && caller.isAuthenticated()
                    && !(caller instanceof AnonymousAuthenticationToken)
                    && caller.getAuthorities().stream()
                            .noneMatch(authority -> Role.INTEGRATION.authority().equals(authority.getAuthority()));
            return new AuthorizationDecision(granted);
        };
    }

    /** Maps the {@code roles} claim to {@code ROLE_*} authorities; unknown values are ignored. */
    public static JwtAuthenticationConverter jwtAuthentication() {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(jwt -> {
            List<GrantedAuthority> authorities = CurrentUser.rolesOf(jwt).stream()
                    .map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority()))
                    .toList();
            return authorities;
        });
        return converter;
    }

    /** 401 as problem+json, for any resource-server chain (identity's own API uses it too). */
    public static AuthenticationEntryPoint unauthenticated() {
        return (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Bearer");
            ProblemResponses.write(
                    response,
                    HttpServletResponse.SC_UNAUTHORIZED,
                    ProblemTypes.UNAUTHENTICATED,
                    "Log ind",
                    "Et gyldigt adgangstoken er påkrævet");
        };
    }

    /**
     * What a bearer token that could not be accepted gets. A bad token is 401. A token that could not be
     * checked at all (identity's key set did not answer in time, so Spring Security raises an {@link
     * AuthenticationServiceException}) is 503 {@code authentication-unavailable} with {@code Retry-After}:
     * the client did nothing wrong and may try again, and it is not the 500 Spring's default handler gives
     * by rethrowing the exception.
     */
    public static AuthenticationFailureHandler bearerTokenFailure() {
        AuthenticationEntryPoint unauthenticated = unauthenticated();
        return (request, response, e) -> {
            if (e instanceof AuthenticationServiceException) {
                LOG.warn("A bearer token could not be checked: {}", e.getMessage());
                response.setHeader("Retry-After", "5");
                ProblemResponses.write(
                        response,
                        HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                        ProblemTypes.AUTHENTICATION_UNAVAILABLE,
                        "Log ind kan ikke kontrolleres lige nu",
                        "Adgangstokenet kunne ikke kontrolleres, fordi log ind-tjenesten ikke svarede. Prøv igen om lidt.");
            } else {
                unauthenticated.commence(request, response, e);
            }
        };
    }

    /** 403 as problem+json. */
    public static AccessDeniedHandler forbidden() {
        return (request, response, e) -> ProblemResponses.write(
                response,
                HttpServletResponse.SC_FORBIDDEN,
                ProblemTypes.FORBIDDEN,
                "Ingen adgang",
                "Din rolle giver ikke adgang til dette");
    }
}
