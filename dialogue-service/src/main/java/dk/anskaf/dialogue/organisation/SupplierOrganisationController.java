package dk.anskaf.dialogue.organisation;

import dk.anskaf.platform.tenancy.TenantContext;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/supplier-organisations}: any municipal user (a token with a municipality) searches and
 * registers organisations and reads their contacts; a supplier token is refused (403, no municipality).
 */
@RestController
class SupplierOrganisationController {

    private final SupplierOrganisations organisations;

    SupplierOrganisationController(SupplierOrganisations organisations) {
        this.organisations = organisations;
    }

    @GetMapping("/api/v1/supplier-organisations")
    List<Organisation> search(@RequestParam(value = "q", required = false) @Nullable String q) {
        TenantContext.require();
        return organisations.search(q);
    }

    @PostMapping("/api/v1/supplier-organisations")
    @ResponseStatus(HttpStatus.CREATED)
    Organisation register(@Valid @RequestBody NewOrganisation organisation) {
        return organisations.register(organisation, "");
    }

    @GetMapping("/api/v1/supplier-organisations/{id}/contacts")
    List<Contact> contacts(@PathVariable UUID id) {
        TenantContext.require();
        return organisations.contacts(id);
    }
}
