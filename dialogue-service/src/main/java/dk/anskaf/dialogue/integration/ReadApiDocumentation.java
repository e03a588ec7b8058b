package dk.anskaf.dialogue.integration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service's OpenAPI description ({@code /v3/api-docs}, public like the catalogue's): the security
 * scheme the read API's operations name is OAuth2 client credentials at identity's token endpoint.
 */
@Configuration(proxyBeanMethods = false)
class ReadApiDocumentation {

    static final String SCHEME = "municipalIntegrationClient";

    @Bean
    OpenAPI dialogueServiceOpenApi(@Value("${anskaf.integration.token-url}") String tokenUrl) {
        return new OpenAPI()
                .info(new Info()
                        .title("Anskaf dialogue-service")
                        .description("Market dialogues. The read API for municipalities (/api/v1/integration/**) is"
                                + " for a municipality's integration client, created by its administrator under"
                                + " Indstillinger → Integrationer; see docs/api.md.")
                        .version("v1"))
                .components(
                        new Components()
                                .addSecuritySchemes(
                                        SCHEME,
                                        new SecurityScheme()
                                                .type(SecurityScheme.Type.OAUTH2)
                                                .description("Client credentials (HTTP Basic client authentication) at"
                                                        + " identity's token endpoint; the token carries the municipality"
                                                        + " and role integration and lives 10 minutes.")
                                                .flows(
                                                        new OAuthFlows()
                                                                .clientCredentials(
                                                                        new OAuthFlow()
                                                                                .tokenUrl(tokenUrl)
                                                                                .scopes(
                                                                                        new Scopes()
                                                                                                .addString(
                                                                                                        ReadApiAccess
                                                                                                                .SCOPE,
                                                                                                        "Read the municipality's market dialogues"))))));
    }
}
