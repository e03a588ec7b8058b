package dk.anskaf.platform.testapp;

import dk.anskaf.platform.tenancy.TenantContext;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A read under {@code anskaf.security.integration-paths}, the only kind an integration client may reach. */
@RestController
class IntegrationReadController {

    record Tenant(String tenantId) {}

    @GetMapping("/integration/tenant")
    Tenant tenant() {
        return new Tenant(TenantContext.require().value());
    }
}
