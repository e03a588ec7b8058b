package dk.anskaf.identity.supplier;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * That {@code email}, a contact of a supplier organisation, was invited to answer dialogue
 * {@code dialogueId}: the only ground on which identity issues a sign-in link to an address.
 *
 * @param email lower-cased, exactly as invited
 * @param deadline the dialogue's answer deadline (UTC), kept current from dialogue-deadline-changed; null
 *     before the dialogue has one
 */
public record SupplierAccess(
        UUID contactId,
        long dialogueId,
        String email,
        UUID organisationId,
        String organisationName,
        @Nullable Instant deadline) {

    /** The principal name of a signed-in supplier contact in sessions, authorizations and tokens. */
    public static final String PRINCIPAL_PREFIX = "supplier:";

    public String principalName() {
        return PRINCIPAL_PREFIX + contactId;
    }
}
