package dk.anskaf.identity.supplier;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The supplier accesses identity keeps from dialogue-service's events (table {@code supplier_access}). An
 * access is valid until its dialogue is cancelled; after the deadline it stays valid so the supplier can
 * still sign in and read its answers (links then last 14 days, see {@link SignInLinks}).
 */
@Component
public class SupplierAccesses {

    private static final String COLUMNS =
            "contact_id, dialogue_id, email, organisation_id, organisation_name, deadline";

    private final JdbcClient jdbc;

    SupplierAccesses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records an invitation; a repeated one (re-invited, redelivered) refreshes address and deadline. */
    void invited(SupplierAccess access) {
        jdbc.sql("""
                        insert into supplier_access
                            (contact_id, dialogue_id, email, organisation_id, organisation_name, deadline)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (contact_id, dialogue_id) do update
                        set email = excluded.email, organisation_id = excluded.organisation_id,
                            organisation_name = excluded.organisation_name, deadline = excluded.deadline
                        """)
                .params(
                        access.contactId(),
                        access.dialogueId(),
                        normalise(access.email()),
                        access.organisationId(),
                        access.organisationName(),
                        timestamp(access.deadline()))
                .update();
    }

    void deadlineChanged(long dialogueId, Instant deadline) {
        jdbc.sql("update supplier_access set deadline = ? where dialogue_id = ?")
                .params(timestamp(deadline), dialogueId)
                .update();
    }

    /** A cancelled dialogue: no further links, and links already issued for it no longer sign in. */
    void ended(long dialogueId) {
        jdbc.sql("update supplier_access set ended_at = now() where dialogue_id = ? and ended_at is null")
                .param(dialogueId)
                .update();
    }

    /**
     * The valid access of {@code email} to {@code dialogueId}, or with no dialogue named the one of its
     * latest invitation.
     */
    Optional<SupplierAccess> valid(String email, @Nullable Long dialogueId) {
        return jdbc.sql("select " + COLUMNS + " from supplier_access where email = ? and ended_at is null"
                        + " and dialogue_id = coalesce(?::bigint, dialogue_id)"
                        + " order by invited_at desc, dialogue_id desc limit 1")
                .params(normalise(email), dialogueId)
                .query(SupplierAccesses::row)
                .optional();
    }

    /**
     * The contact's organisation and address for its tokens (a contact belongs to one organisation; its
     * latest invitation names them as they are now).
     */
    public Optional<SupplierAccess> ofContact(UUID contactId) {
        return jdbc.sql("select " + COLUMNS + " from supplier_access where contact_id = ?"
                        + " order by invited_at desc limit 1")
                .param(contactId)
                .query(SupplierAccesses::row)
                .optional();
    }

    private static SupplierAccess row(java.sql.ResultSet rs, int rowNum) throws java.sql.SQLException {
        java.time.OffsetDateTime deadline = rs.getObject("deadline", java.time.OffsetDateTime.class);
        return new SupplierAccess(
                rs.getObject("contact_id", UUID.class),
                rs.getLong("dialogue_id"),
                rs.getString("email"),
                rs.getObject("organisation_id", UUID.class),
                rs.getString("organisation_name"),
                deadline == null ? null : deadline.toInstant());
    }

    static String normalise(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    private static java.sql.@Nullable Timestamp timestamp(@Nullable Instant instant) {
        return instant == null ? null : java.sql.Timestamp.from(instant);
    }
}
