package dk.anskaf.platform.test.infra;

/**
 * A real PostgreSQL server reachable with a superuser login, used only to create per-service databases
 * and roles. Services never connect as this superuser.
 */
public interface PostgresServer extends AutoCloseable {

    /** JDBC URL of {@code database} on this server. */
    String jdbcUrl(String database);

    String adminUser();

    String adminPassword();

    /** Where the server came from, for the log: "environment", "testcontainers" or "embedded". */
    String origin();

    @Override
    default void close() {}
}
