package dk.anskaf.dialogue.organisation;

import dk.anskaf.platform.errors.DomainException;
import java.util.UUID;

/** The organisation feature's domain errors (slugs of {@code anskaf/problems}). */
public final class OrganisationRefused {

    private OrganisationRefused() {}

    /** 400 on the CVR field: not 8 digits, or fails the modulus-11 check. */
    public static final class InvalidCvr extends DomainException {
        InvalidCvr(String field) {
            super(field, "supplier-cvr-invalid");
        }
    }

    /** 400 on the e-mail field. */
    public static final class InvalidEmail extends DomainException {
        InvalidEmail(String field) {
            super(field, "supplier-email-invalid");
        }
    }

    /**
     * 409 {@code supplier-cvr-exists}: one organisation per CVR. The problem names the existing one (its
     * name in the text, its id as {@code organisationId}) so the caller can use it instead.
     */
    public static final class CvrTaken extends DomainException {
        private final UUID existing;

        CvrTaken(String cvr, String existingName, UUID existing) {
            super(Kind.CONFLICT, "supplier-cvr-exists", cvr, existingName, existing);
            this.existing = existing;
        }

        public UUID existing() {
            return existing;
        }
    }

    /** 404: no such organisation. */
    public static final class OrganisationNotFound extends DomainException {
        public OrganisationNotFound(UUID id) {
            super(Kind.NOT_FOUND, "supplier-organisation-not-found", id);
        }
    }
}
