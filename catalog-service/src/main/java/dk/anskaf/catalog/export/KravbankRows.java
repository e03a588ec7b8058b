package dk.anskaf.catalog.export;

import dk.anskaf.catalog.requirement.OwnerKind;
import dk.anskaf.catalog.requirement.OwnerOnlyFields;
import dk.anskaf.catalog.requirement.Parameters;
import dk.anskaf.catalog.requirement.Priority;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.function.Consumer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the kravbank row by row from a database cursor (one query, fetched in batches), so an export
 * of any size uses bounded memory. What is included is decided by row-level security plus the list:
 * the cross-municipal catalogue for everyone, and the current municipality's own requirements when
 * logged in. Deleted requirements are left out, and so are other municipalities' local requirements
 * that row-level security shows the board or a community while they await a decision: they are not
 * the reader's kravbank. Owner-only fields pass through {@link OwnerOnlyFields}.
 */
@Component
class KravbankRows {

    private static final ZoneId DENMARK = ZoneId.of("Europe/Copenhagen");

    private final JdbcTemplate jdbc;
    private final CursorProgress progress;

    KravbankRows(JdbcTemplate jdbc, ObjectProvider<CursorProgress> progress) {
        this.jdbc = jdbc;
        this.progress = progress.getIfAvailable(() -> rows -> {});
    }

    /**
     * Told after each row the cursor has read and handed on. No such bean in the service (nothing is
     * told); tests register one to see that an export's first bytes leave before its last row is read.
     */
    interface CursorProgress {
        void rowsRead(long rows);
    }

    /** Must run inside a transaction: PostgreSQL only streams with a cursor there. */
    void forEach(boolean includeOwn, Consumer<KravbankRow> consumer) {
        OwnerOnlyFields reader = OwnerOnlyFields.ofCurrentUser();
        String sql = """
                select r.id, r.name, r.owner_kind, r.tenant_id, r.description, e.local_description,
                       coalesce(e.interpretation, r.interpretation) as interpretation,
                       coalesce(e.stakeholders, r.stakeholders) as stakeholders, c.name as category,
                       r.priority, r.rationale, r.updated_at, r.notes,
                       (select string_agg('/api/v1/public/attachments/' || a.id, E'\n' order by a.tenant_id nulls first, a.uploaded_at)
                        from attachment a where a.requirement_id = r.id) as attachments
                from requirement r join category c on c.id = r.category_id
                left join local_extension e on e.requirement_id = r.id and ?
                where r.deleted_at is null and (r.owner_kind = %s or ?)
                  and (r.owner_kind <> %s or r.tenant_id = current_setting('app.tenant_id', true))
                order by r.id
                """.formatted(OwnerKind.CROSS_MUNICIPAL.sql(), OwnerKind.MUNICIPALITY.sql());
        long[] read = {0};
        jdbc.query(
                connection -> {
                    var statement = connection.prepareStatement(sql);
                    statement.setFetchSize(500);
                    // The local extension belongs in the logged-in export only (row-level security keeps it the
                    // current municipality's own).
                    statement.setBoolean(1, includeOwn);
                    statement.setBoolean(2, includeOwn);
                    return statement;
                },
                rs -> {
                    OwnerKind kind = OwnerKind.valueOf(rs.getString("owner_kind"));
                    String owner = rs.getString("tenant_id");
                    boolean ownerTexts = reader.ownerTexts(kind, owner);
                    consumer.accept(new KravbankRow(
                            rs.getLong("id"),
                            rs.getString("name"),
                            // Community requirements are named as such (the incumbent calls them "Lokalt krav").
                            kind.typeLabel(),
                            Parameters.renderWithDefaults(rs.getString("description")),
                            rs.getString("local_description"),
                            ownerTexts ? rs.getString("interpretation") : null,
                            ownerTexts ? rs.getString("stakeholders") : null,
                            rs.getString("category"),
                            Priority.valueOf(rs.getString("priority")).label(),
                            rs.getString("rationale"),
                            rs.getString("attachments"),
                            rs.getObject("updated_at", OffsetDateTime.class)
                                    .atZoneSameInstant(DENMARK)
                                    .toLocalDate(),
                            reader.notes(kind, owner) ? rs.getString("notes") : null));
                    progress.rowsRead(++read[0]);
                });
    }
}
