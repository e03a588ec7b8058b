package dk.anskaf.platform.persistence;

import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Refuses to start a service whose database login could get around row-level security: a superuser, a
 * role with BYPASSRLS, or the owner of a table. The app must connect as its own plain role; migrations
 * run as the owner (see docs/architecture.md).
 */
public class RowLevelSecurityGuard implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(RowLevelSecurityGuard.class);

    private final JdbcClient jdbc;

    public RowLevelSecurityGuard(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public void afterPropertiesSet() {
        List<String> problems = problems();
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Unsafe database login for row-level security: " + problems);
        }
        log.info("Database login checked: not superuser, not BYPASSRLS, owns no table");
    }

    /** What is wrong with the current login; empty when it is safe. */
    public List<String> problems() {
        var role = jdbc.sql("select rolsuper, rolbypassrls from pg_roles where rolname = current_user")
                .query((rs, n) -> new boolean[] {rs.getBoolean(1), rs.getBoolean(2)})
                .single();
        List<String> ownedTables = jdbc.sql(
                        "select tablename from pg_tables where tableowner = current_user and schemaname = current_schema()")
                .query(String.class)
                .list();
        var problems = new java.util.ArrayList<String>();
        if (role[0]) {
            problems.add("login is a superuser");
        }
        if (role[1]) {
            problems.add("login has BYPASSRLS");
        }
        if (!ownedTables.isEmpty()) {
            problems.add("login owns tables " + ownedTables);
        }
        return problems;
    }
}
