package dk.anskaf.portal.settings.integration;

import dk.anskaf.platform.client.ServiceRestClients;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * identity's {@code /api/v1/integration-clients} with the administrator's own token (relayed), so identity
 * decides the municipality and the role again. A refusal arrives as a {@code ServiceProblemException}.
 */
@Component
class IntegrationClientsApi {

    static final String PATH = "/api/v1/integration-clients";

    /** As identity lists it: never the secret. */
    record Client(
            UUID id,
            String clientId,
            String name,
            OffsetDateTime createdAt,
            String createdByName,
            @Nullable OffsetDateTime secretRotatedAt) {}

    /** The answer to create and rotate, the one time identity gives the secret out. */
    record IssuedSecret(Client client, String clientSecret) {}

    private final RestClient identity;

    IntegrationClientsApi(ServiceRestClients clients, @Value("${anskaf.identity.url}") String identityUrl) {
        this.identity = clients.forService(identityUrl);
    }

    List<Client> list() {
        List<Client> clients =
                identity.get().uri(PATH).retrieve().body(new ParameterizedTypeReference<List<Client>>() {});
        return clients == null ? List.of() : clients;
    }

    IssuedSecret create(String name) {
        return required(identity.post()
                .uri(PATH)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", name))
                .retrieve()
                .body(IssuedSecret.class));
    }

    IssuedSecret rotate(UUID id) {
        return required(
                identity.post().uri(PATH + "/{id}/rotate", id).retrieve().body(IssuedSecret.class));
    }

    void revoke(UUID id) {
        identity.delete().uri(PATH + "/{id}", id).retrieve().toBodilessEntity();
    }

    private static IssuedSecret required(@Nullable IssuedSecret issued) {
        if (issued == null) {
            throw new IllegalStateException("identity answered without the client and its secret");
        }
        return issued;
    }
}
