package dk.anskaf.dialogue.supplier;

import dk.anskaf.platform.tenancy.TenantId;
import java.time.Instant;

/**
 * What the supplier side needs to know of a dialogue, read from the {@code dialogue} row as the caller may
 * see it (row-level security: the owning municipality, or a supplier organisation invited to it).
 *
 * @param status the dialogue's status name: DRAFT, ACTIVE, ANSWERED, ARCHIVED or CANCELLED
 * @param deadline null only while DRAFT
 * @param now the database's clock at the start of the reading transaction: the one clock every instance
 *     shares, and the instant the database's own deadline check (V10) uses
 */
public record DialogueFacts(
        long id,
        TenantId tenant,
        String status,
        String title,
        String description,
        String ownerName,
        String contactEmail,
        boolean prioritiesVisible,
        boolean pricesRequested,
        Instant deadline,
        Instant now) {

    public static final String ACTIVE = "ACTIVE";

    /** Aktiv and before its deadline, to the minute: what every supplier write and every invitation needs. */
    public boolean openForAnswers() {
        return ACTIVE.equals(status) && now.isBefore(deadline);
    }

    /** Aktiv but the deadline has passed (the deadline job may not have moved it to Besvaret yet). */
    public boolean deadlinePassed() {
        return !now.isBefore(deadline);
    }
}
