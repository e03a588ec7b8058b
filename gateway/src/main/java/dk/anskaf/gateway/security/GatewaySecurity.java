package dk.anskaf.gateway.security;

import dk.anskaf.gateway.GatewayProperties;
import dk.anskaf.gateway.tenant.Problems;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtTypeValidator;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.AuthorizationContext;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import reactor.core.publisher.Mono;

/**
 * Two doors. API clients send a bearer token and get no session; only identity's access tokens pass
 * (identity's keys, issuer, audience {@code anskaf-api} from {@code spring.security.oauth2.resourceserver.jwt.*},
 * header {@code typ: at+jwt}), never an ID token. Browsers log in through identity (authorization code
 * with PKCE); their tokens stay in the server-side session and are relayed to services; state-changing
 * requests need the CSRF token. Metrics need an operator's bearer token; probes are open. A bearer
 * request never loads a session (no security context or saved request from it), so it costs no
 * database round trip.
 */
@Configuration(proxyBeanMethods = false)
class GatewaySecurity {

    static final String[] OPEN = {
        "/actuator/health/**",
        "/actuator/info",
        "/fallback/**",
        "/api/v1/public/**",
        // the portal's public pages and their assets
        "/",
        "/tilgaengelighed",
        "/hjaelp",
        "/assets/**",
        "/favicon.ico"
    };

    /** The read API for municipalities: the only thing a municipality's integration client may reach. */
    static final String INTEGRATION_API = "/api/v1/integration/**";

    /**
     * Any token but a municipality's integration client's (role {@code integration}): its token carries the
     * municipality's tenant claims, and outside {@link #INTEGRATION_API} it is refused here already, as in
     * every service (the platform's {@code authenticatedExceptIntegration}).
     */
    private static Mono<AuthorizationResult> authenticatedExceptIntegration(
            Mono<Authentication> authentication, AuthorizationContext context) {
        return authentication
                .<AuthorizationResult>map(caller -> new AuthorizationDecision(caller.isAuthenticated()
                        && caller.getAuthorities().stream()
                                .noneMatch(authority -> "ROLE_INTEGRATION".equals(authority.getAuthority()))))
                .defaultIfEmpty(new AuthorizationDecision(false));
    }

    /**
     * Forms post to the gateway itself, and at login to identity (whose pages the browser reaches
     * through the login redirect), so identity's public origin is the one other allowed form target.
     */
    static String contentSecurityPolicy(String identityPublicUrl) {
        java.net.URI identity = java.net.URI.create(identityPublicUrl);
        String origin = identity.getScheme() + "://" + identity.getAuthority();
        return "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; object-src 'none';"
                + " base-uri 'self'; form-action 'self' " + origin;
    }

    @Bean
    @Order(1)
    SecurityWebFilterChain bearerClients(ServerHttpSecurity http, GatewayProperties properties) {
        http.securityMatcher(GatewaySecurity::hasBearerToken)
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(OPEN)
                        .permitAll()
                        .pathMatchers("/actuator/**")
                        .hasRole("OPERATOR")
                        .pathMatchers(INTEGRATION_API)
                        .authenticated()
                        .anyExchange()
                        .access(GatewaySecurity::authenticatedExceptIntegration))
                .oauth2ResourceServer(resource -> resource.jwt(jwt -> jwt.jwtAuthenticationConverter(roles()))
                        .accessDeniedHandler((exchange, denied) -> Problems.write(
                                exchange,
                                HttpStatus.FORBIDDEN,
                                "forbidden",
                                "Ingen adgang",
                                "Din rolle giver ikke adgang til dette"))
                        .authenticationEntryPoint(problem(
                                HttpStatus.UNAUTHORIZED,
                                "unauthenticated",
                                "Log ind",
                                "Et gyldigt adgangstoken er påkrævet")))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                // WebFlux's default request cache loads the session on every request that carries a session
                // cookie (a database read here); an API client is never sent to a login page to come back to.
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .headers(headers -> headers(headers, properties));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityWebFilterChain browsers(ServerHttpSecurity http, GatewayProperties properties) {
        var logout = new IdentityLogout(properties.identityPublicUrl());
        http.authorizeExchange(exchanges -> exchanges
                        .pathMatchers(OPEN)
                        .permitAll()
                        // Metrics only with an operator's bearer token (the other door), never for a session.
                        .pathMatchers("/actuator/**")
                        .denyAll()
                        .anyExchange()
                        .authenticated())
                .oauth2Login(Customizer.withDefaults())
                .logout(out -> out.logoutSuccessHandler(logout))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(apiOrLogin()))
                .csrf(csrf -> csrf.csrfTokenRepository(csrfCookie())
                        // The cookie holds the plain token and scripts echo it in X-XSRF-TOKEN.
                        .csrfTokenRequestHandler(new ServerCsrfTokenRequestAttributeHandler()))
                .headers(headers -> headers(headers, properties));
        return http.build();
    }

    /** The CSRF cookie is read by the portal's scripts (not HttpOnly) and never sent cross-site. */
    private static CookieServerCsrfTokenRepository csrfCookie() {
        CookieServerCsrfTokenRepository repository = CookieServerCsrfTokenRepository.withHttpOnlyFalse();
        repository.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        return repository;
    }

    /** Only access tokens (RFC 9068 {@code typ}); Spring Boot adds this to the bearer door's decoder. */
    @Bean
    OAuth2TokenValidator<Jwt> accessTokenType() {
        return new JwtTypeValidator(List.of("at+jwt", "application/at+jwt"));
    }

    /** The {@code roles} claim as {@code ROLE_*} authorities, as in every service. */
    private static Converter<Jwt, Mono<AbstractAuthenticationToken>> roles() {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(jwt -> {
            List<String> values = jwt.getClaimAsStringList("roles");
            return values == null
                    ? List.of()
                    : values.stream()
                            .map(role -> (GrantedAuthority)
                                    new SimpleGrantedAuthority("ROLE_" + role.toUpperCase(Locale.ROOT)))
                            .toList();
        });
        return new ReactiveJwtAuthenticationConverterAdapter(converter);
    }

    static void headers(ServerHttpSecurity.HeaderSpec headers, GatewayProperties properties) {
        headers.contentSecurityPolicy(
                        csp -> csp.policyDirectives(contentSecurityPolicy(properties.identityPublicUrl())))
                .frameOptions(frame -> frame.mode(XFrameOptionsServerHttpHeadersWriter.Mode.DENY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .hsts(hsts -> hsts.maxAge(Duration.ofDays(365)).includeSubdomains(true));
    }

    /** API calls without a session get 401 problem+json; pages go to the login. */
    private static ServerAuthenticationEntryPoint apiOrLogin() {
        var login = new RedirectServerAuthenticationEntryPoint("/oauth2/authorization/anskaf");
        var api = problem(HttpStatus.UNAUTHORIZED, "unauthenticated", "Log ind", "Log ind for at fortsætte");
        return (exchange, e) -> exchange.getRequest().getPath().value().startsWith("/api/")
                        || exchange.getRequest().getPath().value().startsWith("/actuator/")
                ? api.commence(exchange, e)
                : login.commence(exchange, e);
    }

    private static ServerAuthenticationEntryPoint problem(HttpStatus status, String slug, String title, String detail) {
        return (exchange, e) -> {
            exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            return Problems.write(exchange, status, slug, title, detail);
        };
    }

    private static Mono<ServerWebExchangeMatcher.MatchResult> hasBearerToken(
            org.springframework.web.server.ServerWebExchange exchange) {
        String authorization = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? ServerWebExchangeMatcher.MatchResult.match()
                : ServerWebExchangeMatcher.MatchResult.notMatch();
    }
}
