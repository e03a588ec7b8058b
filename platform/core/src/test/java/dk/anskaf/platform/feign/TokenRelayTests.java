package dk.anskaf.platform.feign;

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
        Jwt jwt = Jwt.withTokenValue("signed.token.value")
                .header("alg", "RS256")
                .claim("tenant_id", "0710")
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(60))
                .build();
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(jwt, List.of()));
        RequestTemplate template = new RequestTemplate();

        new TokenRelayConfiguration().anskafTokenRelay().apply(template);

        assertThat(template.headers().get("Authorization")).containsExactly("Bearer signed.token.value");
        assertThat(template.headers().keySet()).noneMatch(h -> h.toLowerCase().contains("tenant"));
    }

    @Test
    void withoutAUserNothingIsAdded() {
        RequestTemplate template = new RequestTemplate();

        new TokenRelayConfiguration().anskafTokenRelay().apply(template);

        assertThat(template.headers()).doesNotContainKey("Authorization");
    }
}
