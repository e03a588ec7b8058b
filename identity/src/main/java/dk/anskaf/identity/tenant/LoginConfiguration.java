package dk.anskaf.identity.tenant;

/**
 * How a municipality's users log in: local accounts, or federation to its own OpenID Connect provider.
 *
 * @param sealedClientSecret the upstream client secret, encrypted (see SecretBox)
 * @param roleClaim the upstream claim holding roles
 * @param roleMapping "upstream value=role" pairs separated by commas; the incumbent's role URIs are
 *     always understood
 */
public record LoginConfiguration(
        String tenantId,
        String method,
        String issuer,
        String clientId,
        String sealedClientSecret,
        String roleClaim,
        String roleMapping) {

    public boolean federated() {
        return "OIDC".equals(method) && issuer != null && clientId != null;
    }
}
