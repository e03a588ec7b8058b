package dk.anskaf.platform.client;

import static org.assertj.core.api.Assertions.assertThat;

import feign.RequestTemplate;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

class TokenRelayTests {

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void outgoingCallsCarryTheCallersTokenAndNoTenantHeader() {
        signIn("signed.token.value");
        RequestTemplate template = new RequestTemplate();

        new ServiceClientsAutoConfiguration.FeignClients().anskafTokenRelay().apply(template);

        assertThat(template.headers().get("Authorization")).containsExactly("Bearer signed.token.value");
        assertThat(template.headers().keySet()).noneMatch(h -> h.toLowerCase().contains("tenant"));
    }

    @Test
    void withoutAUserNothingIsAdded() {
        RequestTemplate template = new RequestTemplate();

        new ServiceClientsAutoConfiguration.FeignClients().anskafTokenRelay().apply(template);

        assertThat(template.headers()).doesNotContainKey("Authorization");
    }

    static void signIn(String tokenValue) {
        Jwt jwt = Jwt.withTokenValue(tokenValue)
                .header("alg", "RS256")
                .claim("tenant_id", "0710")
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(60))
                .build();
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(jwt, List.of()));
    }
}
