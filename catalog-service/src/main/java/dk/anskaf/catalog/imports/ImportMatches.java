package dk.anskaf.catalog.imports;

import dk.anskaf.catalog.requirement.OwnerKind;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds the requirement a row means, only among the requirements of one owner: the importing
 * municipality's own, or the cross-municipal catalogue. A row is recognised by the platform's Krav id (a
 * re-uploaded export) or by the id it had in the file it was imported from (the incumbent's). The two
 * number ranges overlap, so when both find a requirement and they differ, the one with the row's name
 * wins; if that does not decide, the row is ambiguous and refused rather than guessed.
 */
@Component
class ImportMatches {

    /** The stored requirement, with this municipality's local extension when it is a shared one. */
    record Existing(
            long id,
            String name,
            String description,
            int categoryId,
            String priority,
            String rationale,
            String interpretation,
            String stakeholders,
            String notes,
            boolean deleted,
            boolean byKey,
            boolean extended,
            String localDescription,
            String localInterpretation,
            String localStakeholders) {}

    /** Found, nothing ({@code existing} null), or ambiguous. */
    record Match(Existing existing, boolean ambiguous) {}

    private final JdbcClient jdbc;

    ImportMatches(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param tenant the owning municipality, or null for the cross-municipal catalogue; the local extension
     *     read is always the current municipality's
     * @param ignored requirements this import created; they are not what a row of the file meant
     */
    Match find(ImportRow row, String tenant, String currentTenant, Set<Long> ignored) {
        String key = importKey(row);
        // tenant_id is stated here as well as enforced by row-level security: a board member can read other
        // municipalities' requirements that await promotion, and must never match them. The key is looked up
        // by the unique index's own leading expression (coalesce(tenant_id, '*')): by import_key alone
        // PostgreSQL scans the whole index for every row, and an import of 65,000 rows, whose own new rows
        // join that index as it goes, slowed to about 50 rows a second (issue 12).
        List<Existing> found = jdbc
                .sql("""
                        select r.id, r.name, r.description, r.category_id, r.priority, r.rationale, r.interpretation,
                               r.stakeholders, r.notes, r.deleted_at is not null as deleted,
                               coalesce(r.import_key = ?, false) as by_key, e.requirement_id is not null as extended,
                               e.local_description, e.interpretation as local_interpretation,
                               e.stakeholders as local_stakeholders
                        from requirement r
                        left join local_extension e on e.requirement_id = r.id and e.tenant_id = ?
                        where r.owner_kind = ? and r.tenant_id is not distinct from ?
                          and ((coalesce(r.tenant_id, '*') = coalesce(?, '*') and r.import_key = ?) or r.id = ?)
                        order by r.id
                        """)
                .params(
                        key,
                        currentTenant,
                        (tenant == null ? OwnerKind.CROSS_MUNICIPAL : OwnerKind.MUNICIPALITY).name(),
                        tenant,
                        tenant,
                        key,
                        Long.parseLong(row.kravId()))
                .query(Existing.class)
                .list()
                .stream()
                .filter(e -> !ignored.contains(e.id()))
                .toList();
        if (found.size() <= 1) {
            return new Match(found.isEmpty() ? null : found.getFirst(), false);
        }
        List<Existing> named =
                found.stream().filter(e -> Objects.equals(e.name(), row.name())).toList();
        return named.size() == 1 ? new Match(named.getFirst(), false) : new Match(null, true);
    }

    static String importKey(ImportRow row) {
        return "kravbank:" + row.kravId();
    }
}
