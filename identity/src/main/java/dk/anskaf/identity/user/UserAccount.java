package dk.anskaf.identity.user;

import dk.anskaf.platform.tenancy.TenantId;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A user of one tenant with the roles they hold there. */
public record UserAccount(
        UUID id,
        TenantId tenantId,
        String username,
        String displayName,
        String email,
        String passwordHash,
        int failedAttempts,
        OffsetDateTime lockedUntil,
        boolean enabled,
        List<String> roles) {

    /** The principal name in tokens and authorizations: unique across tenants. */
    public String principalName() {
        return tenantId.value() + ":" + username;
    }
}
