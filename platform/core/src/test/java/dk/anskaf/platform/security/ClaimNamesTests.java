package dk.anskaf.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.platform.test.security.TestTokens;
import org.junit.jupiter.api.Test;

class ClaimNamesTests {

    @Test
    void testTokensUseTheClaimNamesServicesRead() {
        assertThat(TestTokens.TENANT_ID).isEqualTo(AnskafClaims.TENANT_ID);
        assertThat(TestTokens.TENANT_NAME).isEqualTo(AnskafClaims.TENANT_NAME);
        assertThat(TestTokens.KOMMUNEKODE).isEqualTo(AnskafClaims.KOMMUNEKODE);
        assertThat(TestTokens.ROLES).isEqualTo(AnskafClaims.ROLES);
    }
}
