package dk.anskaf.catalog.imports;

import dk.anskaf.catalog.requirement.Priority;
import dk.anskaf.catalog.requirement.RequirementRepository;
import dk.anskaf.catalog.requirement.RevisionLog;
import dk.anskaf.platform.security.CurrentUser;
import dk.anskaf.platform.tenancy.TenantContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a kravbank file: a dry run reports per row what would be created, updated, left unchanged or
 * rejected and why; the import itself does exactly that, in one transaction. Rows are matched on the
 * file's Krav id, so importing the same file again changes nothing.
 */
@Service
class KravbankImport {

    enum Action {
        CREATE,
        UPDATE,
        UNCHANGED,
        REJECT
    }

    record Line(int row, String kravId, String name, Action action, String reason) {}

    /** @param uploadId for a dry run: the kept file, to confirm with; null otherwise */
    record Report(
            boolean dryRun,
            String target,
            int created,
            int updated,
            int unchanged,
            int rejected,
            List<Line> lines,
            java.util.UUID uploadId) {

        Report withUploadId(java.util.UUID id) {
            return new Report(dryRun, target, created, updated, unchanged, rejected, lines, id);
        }
    }

    private final JdbcClient jdbc;
    private final RequirementRepository requirements;
    private final RevisionLog revisions;

    KravbankImport(JdbcClient jdbc, RequirementRepository requirements, RevisionLog revisions) {
        this.jdbc = jdbc;
        this.requirements = requirements;
        this.revisions = revisions;
    }

    @Transactional
    Report run(List<ImportRow> rows, boolean crossMunicipal, boolean dryRun, CurrentUser user) {
        Map<String, Integer> categories = categories();
        Set<String> seen = new HashSet<>();
        List<Line> lines = new ArrayList<>();
        String tenant = crossMunicipal ? null : TenantContext.require().value();
        for (ImportRow row : rows) {
            Optional<String> problem = problem(row, categories, seen);
            if (problem.isPresent()) {
                lines.add(new Line(row.rowNumber(), row.kravId(), row.name(), Action.REJECT, problem.get()));
                continue;
            }
            String key = "kravbank:" + row.kravId();
            int categoryId = categories.get(row.category().toLowerCase(Locale.ROOT));
            Priority priority = priority(row.priority()).orElseThrow();
            Optional<Existing> existing = existing(key, crossMunicipal);
            Action action = existing.map(e -> e.sameAs(row, categoryId, priority) ? Action.UNCHANGED : Action.UPDATE)
                    .orElse(Action.CREATE);
            if (!dryRun) {
                switch (action) {
                    case CREATE -> create(row, key, categoryId, priority, tenant, crossMunicipal, user);
                    case UPDATE -> update(existing.get().id(), row, categoryId, priority, user);
                    default -> {}
                }
            }
            lines.add(new Line(row.rowNumber(), row.kravId(), row.name(), action, null));
        }
        return new Report(
                dryRun,
                crossMunicipal ? "CROSS_MUNICIPAL" : "LOCAL",
                count(lines, Action.CREATE),
                count(lines, Action.UPDATE),
                count(lines, Action.UNCHANGED),
                count(lines, Action.REJECT),
                lines,
                null);
    }

    private Optional<String> problem(ImportRow row, Map<String, Integer> categories, Set<String> seen) {
        if (row.kravId() == null || !row.kravId().matches("\\d{1,12}")) {
            return Optional.of("Krav id mangler eller er ikke et tal");
        }
        if (!seen.add(row.kravId())) {
            return Optional.of("Krav id " + row.kravId() + " står flere gange i filen");
        }
        if (row.name() == null) {
            return Optional.of("Navn mangler");
        }
        if (row.name().length() > 255) {
            return Optional.of("Navn er længere end 255 tegn");
        }
        if (row.description() == null) {
            return Optional.of("Beskrivelse mangler");
        }
        if (row.description().length() > 20000
                || (row.rationale() != null && row.rationale().length() > 20000)) {
            return Optional.of("Teksten er længere end 20000 tegn");
        }
        if (row.category() == null || !categories.containsKey(row.category().toLowerCase(Locale.ROOT))) {
            return Optional.of("Ukendt kategori: " + row.category());
        }
        if (priority(row.priority()).isEmpty()) {
            return Optional.of("Ukendt prioritet: " + row.priority());
        }
        return Optional.empty();
    }

    static Optional<Priority> priority(String label) {
        if (label == null) {
            return Optional.empty();
        }
        for (Priority priority : Priority.values()) {
            if (priority.label().equalsIgnoreCase(label.strip())
                    || priority.name().equalsIgnoreCase(label.strip())) {
                return Optional.of(priority);
            }
        }
        return Optional.empty();
    }

    private Map<String, Integer> categories() {
        Map<String, Integer> byName = new HashMap<>();
        jdbc.sql("select id, name from category").query(rs -> {
            byName.put(rs.getString(2).toLowerCase(Locale.ROOT), rs.getInt(1));
        });
        // The incumbent also displays "Integration" as "Integrationer" (DOMAIN.md 3.4).
        if (byName.containsKey("integration")) {
            byName.putIfAbsent("integrationer", byName.get("integration"));
        }
        return byName;
    }

    private record Existing(
            long id, String name, String description, int categoryId, String priority, String rationale) {
        boolean sameAs(ImportRow row, int category, Priority rowPriority) {
            return name.equals(row.name())
                    && description.equals(row.description())
                    && categoryId == category
                    && priority.equals(rowPriority.name())
                    && Objects.equals(rationale, row.rationale());
        }
    }

    private Optional<Existing> existing(String key, boolean crossMunicipal) {
        return jdbc.sql("""
                        select id, name, description, category_id, priority, rationale from requirement
                        where import_key = ? and owner_kind = ?
                        """)
                .params(key, crossMunicipal ? "CROSS_MUNICIPAL" : "MUNICIPALITY")
                .query(Existing.class)
                .optional();
    }

    private void create(
            ImportRow row,
            String key,
            int categoryId,
            Priority priority,
            String tenant,
            boolean crossMunicipal,
            CurrentUser user) {
        long id = jdbc.sql("""
                        insert into requirement (owner_kind, tenant_id, name, description, rationale, category_id, priority,
                                                 all_domains, created_by, updated_by, import_key)
                        values (?, ?, ?, ?, ?, ?, ?, true, ?, ?, ?) returning id
                        """)
                .params(
                        crossMunicipal ? "CROSS_MUNICIPAL" : "MUNICIPALITY",
                        tenant,
                        row.name(),
                        row.description(),
                        row.rationale(),
                        categoryId,
                        priority.name(),
                        user.subject(),
                        user.subject(),
                        key)
                .query(Long.class)
                .single();
        revisions.record(requirements.find(id).orElseThrow(), user, "imported");
    }

    private void update(long id, ImportRow row, int categoryId, Priority priority, CurrentUser user) {
        jdbc.sql("""
                        update requirement set name = ?, description = ?, rationale = ?, category_id = ?, priority = ?,
                               updated_by = ?, updated_at = now(), version = version + 1
                        where id = ?
                        """)
                .params(row.name(), row.description(), row.rationale(), categoryId, priority.name(), user.subject(), id)
                .update();
        revisions.record(requirements.find(id).orElseThrow(), user, "imported");
    }

    private static int count(List<Line> lines, Action action) {
        return (int) lines.stream().filter(l -> l.action() == action).count();
    }
}
