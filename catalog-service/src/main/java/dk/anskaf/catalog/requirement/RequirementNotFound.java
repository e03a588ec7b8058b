package dk.anskaf.catalog.requirement;

import dk.anskaf.platform.errors.DomainException;

/**
 * No such requirement for the caller: it does not exist, or row-level security hides another
 * municipality's (404 {@code not-found}, text {@code requirement-not-found}).
 */
public class RequirementNotFound extends DomainException {

    public RequirementNotFound(long id) {
        super(Kind.NOT_FOUND, "requirement-not-found", id);
    }
}
