package dk.anskaf.platform.tenancy;

import dk.anskaf.platform.errors.DomainException;

/**
 * Thrown when code that needs a tenant runs without one. Fails closed: it is answered with 403 ({@code
 * tenant-missing} in the problem bundle).
 */
public class MissingTenantException extends DomainException {

    public MissingTenantException() {
        super(Kind.FORBIDDEN, "tenant-missing");
    }
}
