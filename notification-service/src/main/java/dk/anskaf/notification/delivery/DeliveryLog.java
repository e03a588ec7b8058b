package dk.anskaf.notification.delivery;

import dk.anskaf.platform.errors.ApiProblemException;
import dk.anskaf.platform.tenancy.TenantId;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stored messages, newest first, filtered by municipality, type, status and time; and resending a
 * dead one. Row-level security limits an administrator to their municipality; the operator reads
 * across municipalities through {@code CrossTenantAccess} in the controller.
 */
@Component
class DeliveryLog {

    record Entry(
            UUID id,
            String tenantId,
            String type,
            String recipient,
            String subject,
            String status,
            int attempts,
            String lastError,
            OffsetDateTime createdAt,
            OffsetDateTime sentAt,
            OffsetDateTime nextAttemptAt) {}

    /** Every part may be null: not filtered by it. */
    record Filter(
            @Nullable TenantId municipality,
            @Nullable String type,
            @Nullable String status,
            @Nullable OffsetDateTime from,
            @Nullable OffsetDateTime to) {}

    record Page(List<Entry> items, long total, int page, int size) {}

    /** The columns of an {@link Entry}. */
    private static final String SELECT_ENTRY = """
            select id, tenant_id, template as type, recipient, subject, status, attempts, last_error,
                   created_at, sent_at, next_attempt_at
            from mail_message""";

    private final JdbcClient jdbc;

    DeliveryLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    Page find(Filter filter, int page, int size) {
        List<String> conditions = new ArrayList<>(List.of("true"));
        List<Object> params = new ArrayList<>();
        TenantId municipality = filter.municipality();
        add(conditions, params, "tenant_id = ?", municipality == null ? null : municipality.value());
        add(conditions, params, "template = ?", filter.type());
        add(conditions, params, "status = ?", filter.status());
        add(conditions, params, "created_at >= ?", filter.from());
        add(conditions, params, "created_at < ?", filter.to());
        String where = " where " + String.join(" and ", conditions);
        long total = jdbc.sql("select count(*) from mail_message" + where)
                .params(params)
                .query(Long.class)
                .single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(size);
        pageParams.add((long) page * size);
        List<Entry> items = jdbc.sql(SELECT_ENTRY + where + " order by created_at desc, id limit ? offset ?")
                .params(pageParams)
                .query(Entry.class)
                .list();
        return new Page(items, total, page, size);
    }

    /** A dead message goes back in the queue with fresh attempts; anything else is a conflict. */
    @Transactional
    Entry resend(UUID id) {
        String status = jdbc.sql("select status from mail_message where id = ? for update")
                .param(id)
                .query(String.class)
                .optional()
                .orElseThrow(() -> ApiProblemException.notFound("Beskeden findes ikke"));
        if (!"DEAD".equals(status)) {
            throw ApiProblemException.conflict(
                    "mail-not-dead", "Kun beskeder, der er opgivet (DEAD), kan sendes igen; denne er " + status);
        }
        jdbc.sql("""
                        update mail_message set status = 'QUEUED', attempts = 0, next_attempt_at = now(),
                               lease_until = null
                        where id = ?
                        """).param(id).update();
        return jdbc.sql(SELECT_ENTRY + " where id = ?")
                .param(id)
                .query(Entry.class)
                .single();
    }

    private static void add(List<String> conditions, List<Object> params, String condition, @Nullable Object value) {
        if (value != null) {
            conditions.add(condition);
            params.add(value);
        }
    }
}
