package dk.anskaf.catalog.statistics;

import dk.anskaf.catalog.requirement.OwnerKind;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public front page's counters, over all tenants: dialogues created and kravbank downloads in the
 * last three months, connected suppliers and municipalities. Dialogues and suppliers are counted from
 * dialogue-service's events ({@link DialogueCountersListener}): a dialogue when it was created, a supplier
 * organisation once it has been invited to any dialogue.
 *
 * <p>A municipality is <em>tilsluttet</em> (connected) when the operator has onboarded it (its login is
 * configured) and it has at least one active user; the operator organisation is not a municipality.
 * Identity states both in its tenant-changed events (docs/api.md, docs/events.md).
 */
@RestController
class StatisticsController {

    /** Identity's kind of tenant for a municipality (TenantChanged events), not an owner of requirements. */
    private static final String MUNICIPALITY_TENANT = "MUNICIPALITY";

    private final JdbcClient jdbc;

    StatisticsController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Recent(long id, String name, String category, LocalDate changed) {}

    record Statistics(
            long dialoguesLast3Months,
            long kravbankDownloadsLast3Months,
            long municipalitiesConnected,
            long suppliersConnected,
            List<Recent> recentlyChanged) {}

    @GetMapping("/api/v1/public/statistics")
    @Transactional(readOnly = true)
    Statistics statistics() {
        return new Statistics(
                jdbc.sql("select count(*) from created_dialogue where created_at > now() - interval '3 months'")
                        .query(Long.class)
                        .single(),
                jdbc.sql("select count(*) from kravbank_download where downloaded_at > now() - interval '3 months'")
                        .query(Long.class)
                        .single(),
                jdbc.sql("""
                                select count(*) from registered_tenant
                                where kind = ? and onboarded and active_users > 0
                                """).param(MUNICIPALITY_TENANT).query(Long.class).single(),
                jdbc.sql("select count(*) from connected_supplier")
                        .query(Long.class)
                        .single(),
                jdbc.sql("""
                                select r.id, r.name, c.name as category, (r.updated_at at time zone 'Europe/Copenhagen')::date as changed
                                from requirement r join category c on c.id = r.category_id
                                where r.owner_kind = ? and r.deleted_at is null
                                  and r.updated_at > now() - interval '3 months'
                                order by r.updated_at desc limit 20
                                """)
                        .param(OwnerKind.CROSS_MUNICIPAL.name())
                        .query(Recent.class)
                        .list());
    }
}
