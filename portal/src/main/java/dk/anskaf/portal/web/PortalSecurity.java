package dk.anskaf.portal.web;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtTypeValidator;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The user is whoever the relayed access token says (verified against identity's keys, issuer and
 * audience from {@code spring.security.oauth2.resourceserver.jwt.*}, and typed {@code at+jwt}: never an ID
 * token); public pages need none. Metrics only for an operator's token, probes for anyone. CSRF is
 * checked by the gateway, the only way in (the portal's port is not exposed), and the portal keeps no
 * session.
 */
@Configuration(proxyBeanMethods = false)
class PortalSecurity {

    static final String[] PUBLIC = {
        "/", "/tilgaengelighed", "/hjaelp", "/assets/**", "/favicon.ico", "/error", "/actuator/health/**"
    };

    @Bean
    SecurityFilterChain portal(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC)
                        .permitAll()
                        .requestMatchers("/actuator/**")
                        .hasAuthority("ROLE_operator")
                        .anyRequest()
                        .authenticated())
                .oauth2ResourceServer(resource -> resource.jwt(Customizer.withDefaults()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable());
        return http.build();
    }

    /** Access tokens only (RFC 9068 {@code typ}); Spring Boot adds this to its JWT decoder. */
    @Bean
    OAuth2TokenValidator<Jwt> accessTokenType() {
        return new JwtTypeValidator(List.of("at+jwt", "application/at+jwt"));
    }
}
