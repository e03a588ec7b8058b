package dk.anskaf.catalog.requirement;

import dk.anskaf.platform.security.CurrentUser;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every saved state of a requirement with its author and the kind of change (the incumbent records no
 * author): written in the same transaction as the change, readable by everyone who can read the
 * requirement, comparable field by field. Readers get snapshots only through {@link RequirementService},
 * which filters owner-only fields by the owner at the time ({@link OwnerOnlyFields}).
 */
@Component
public class RevisionLog {

    /** Bookkeeping that changes with every save and says nothing about the content. */
    private static final Set<String> NOT_COMPARED = Set.of("version", "updatedAt", "updatedBy", "deletedAt");

    private final JdbcClient jdbc;
    private final JsonMapper json;

    RevisionLog(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    record RevisionSummary(int revision, String author, String authorName, String change, OffsetDateTime changedAt) {}

    record Revision(int revision, String authorName, String change, OffsetDateTime changedAt, JsonNode snapshot) {
        Revision withSnapshot(JsonNode shown) {
            return new Revision(revision, authorName, change, changedAt, shown);
        }
    }

    record FieldChange(String field, JsonNode from, JsonNode to) {}

    public void record(Requirement requirement, CurrentUser author, String change) {
        jdbc.sql("""
                        insert into requirement_revision (requirement_id, revision, owner_kind, tenant_id, community_id,
                                                          snapshot, author, author_name, change)
                        values (?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?)
                        """)
                .params(
                        requirement.id(),
                        // Every change bumps the version, so it numbers revisions uniquely whoever can see the
                        // earlier ones (counting visible rows would not, under row-level security).
                        requirement.version() + 1,
                        requirement.ownerKind().name(),
                        requirement.tenantId(),
                        requirement.communityId(),
                        json.writeValueAsString(requirement),
                        author.subject(),
                        author.name().isBlank() ? author.subject() : author.name(),
                        change)
                .update();
    }

    /** Moves the history with its requirement to a new owner; run inside an explicit cross-tenant step. */
    public void moveTo(long requirementId, String ownerKind, java.util.UUID communityId) {
        jdbc.sql(
                        "update requirement_revision set owner_kind = ?, tenant_id = null, community_id = ? where requirement_id = ?")
                .params(ownerKind, communityId, requirementId)
                .update();
    }

    List<RevisionSummary> list(long requirementId) {
        return jdbc.sql("""
                        select revision, author, author_name, change, changed_at from requirement_revision
                        where requirement_id = ? order by revision
                        """).param(requirementId).query(RevisionSummary.class).list();
    }

    Optional<Revision> get(long requirementId, int revision) {
        return jdbc.sql("""
                        select revision, author_name, change, changed_at, snapshot::text as snapshot from requirement_revision
                        where requirement_id = ? and revision = ?
                        """)
                .params(requirementId, revision)
                .query((rs, n) -> new Revision(
                        rs.getInt("revision"),
                        rs.getString("author_name"),
                        rs.getString("change"),
                        rs.getObject("changed_at", OffsetDateTime.class),
                        json.readTree(rs.getString("snapshot"))))
                .optional();
    }

    static List<FieldChange> diff(JsonNode from, JsonNode to) {
        Set<String> fields = new TreeSet<>();
        from.propertyNames().forEach(fields::add);
        to.propertyNames().forEach(fields::add);
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            if (NOT_COMPARED.contains(field)) {
                continue;
            }
            JsonNode before = from.get(field);
            JsonNode after = to.get(field);
            if (before == null ? after != null && !after.isNull() : !before.equals(after)) {
                changes.add(new FieldChange(field, before, after));
            }
        }
        return changes;
    }
}
