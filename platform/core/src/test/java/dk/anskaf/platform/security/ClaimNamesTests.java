package dk.anskaf.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.platform.test.security.TestRole;
import dk.anskaf.platform.test.security.TestTokens;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ClaimNamesTests {

    @Test
    void testTokensUseTheClaimNamesServicesRead() {
        assertThat(TestTokens.TENANT_ID).isEqualTo(AnskafClaims.TENANT_ID);
        assertThat(TestTokens.TENANT_NAME).isEqualTo(AnskafClaims.TENANT_NAME);
        assertThat(TestTokens.KOMMUNEKODE).isEqualTo(AnskafClaims.KOMMUNEKODE);
        assertThat(TestTokens.ROLES).isEqualTo(AnskafClaims.ROLES);
        assertThat(TestTokens.SUPPLIER_ORG).isEqualTo(AnskafClaims.SUPPLIER_ORG);
        assertThat(TestTokens.SUPPLIER_ORG_NAME).isEqualTo(AnskafClaims.SUPPLIER_ORG_NAME);
    }

    @Test
    void testRolesAreThePlatformsRoles() {
        assertThat(Arrays.stream(TestRole.values()).map(role -> role.name() + "=" + role.claimValue()))
                .containsExactlyElementsOf(Arrays.stream(Role.values())
                        .map(role -> role.name() + "=" + role.claimValue())
                        .toList());
    }
}
