package dk.anskaf.identity.integration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The municipal administrator's integration clients (docs/api.md): list, create (secret in the answer,
 * once), rotate the secret, revoke. HTTP only; the rules are {@link IntegrationClients}'.
 */
@RestController
@RequestMapping("/api/v1/integration-clients")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class IntegrationClientController {

    private final IntegrationClients clients;

    IntegrationClientController(IntegrationClients clients) {
        this.clients = clients;
    }

    record NewIntegrationClient(
            @NotBlank(message = "Giv integrationen et navn") @Size(max = 200, message = "Navnet må højst have 200 tegn")
            String name) {}

    @GetMapping
    List<IntegrationClients.IntegrationClient> list() {
        return clients.list();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    IntegrationClients.IssuedSecret create(@Valid @RequestBody NewIntegrationClient client) {
        return clients.create(client.name());
    }

    @PostMapping("/{id}/rotate")
    IntegrationClients.IssuedSecret rotate(@PathVariable UUID id) {
        return clients.rotate(id);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable UUID id) {
        clients.revoke(id);
    }
}
