package dk.anskaf.portal.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The user is whoever the relayed access token says (verified against identity's keys); public pages
 * need none. CSRF is checked by the gateway, the only way in (the portal's port is not exposed), and
 * the portal keeps no session.
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
        "/actuator/health/**",
        "/actuator/prometheus"
    };

    @Bean
    SecurityFilterChain portal(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC)
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .oauth2ResourceServer(resource -> resource.jwt(Customizer.withDefaults()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable());
        return http.build();
    }
}
