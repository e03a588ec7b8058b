package dk.anskaf.catalog.requirement;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Requirements in PostgreSQL. Queries name no tenant: row-level security decides what the current tenant
 * may see and change.
 */
@Repository
public class RequirementRepository {

    private static final String SELECT = """
            select r.id, r.owner_kind, r.tenant_id, r.name, r.description, r.category_id, c.name as category_name,
                   r.priority, r.updated_at, r.version
            from requirement r join category c on c.id = r.category_id
            """;

    private final JdbcClient jdbc;

    RequirementRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertLocal(String tenantId, NewRequirement requirement, String author) {
        return jdbc.sql("""
                        insert into requirement (owner_kind, tenant_id, name, description, category_id, priority, created_by)
                        values ('MUNICIPALITY', ?, ?, ?, ?, ?, ?) returning id
                        """)
                .params(
                        tenantId,
                        requirement.name().strip(),
                        requirement.description(),
                        requirement.categoryId(),
                        requirement.priority(),
                        author)
                .query(Long.class)
                .single();
    }

    /** The requirement if the current tenant may see it; locks it for the rest of the transaction. */
    public Optional<Requirement> findForUpdate(long id) {
        return jdbc.sql(SELECT + " where r.id = ? for update of r")
                .param(id)
                .query(Requirement.class)
                .optional();
    }

    public Optional<Requirement> find(long id) {
        return jdbc.sql(SELECT + " where r.id = ?")
                .param(id)
                .query(Requirement.class)
                .optional();
    }

    List<Requirement> page(int offset, int limit) {
        return jdbc.sql(SELECT + " order by r.id limit ? offset ?")
                .params(limit, offset)
                .query(Requirement.class)
                .list();
    }

    long count() {
        return jdbc.sql("select count(*) from requirement").query(Long.class).single();
    }
}
