package dk.anskaf.platform.tenancy;

/** Thrown when code that needs a tenant runs without one. Fails closed: it is answered with 403. */
public class MissingTenantException extends RuntimeException {

    public MissingTenantException() {
        super("This operation needs a municipality (tenant) from a verified token");
    }
}
