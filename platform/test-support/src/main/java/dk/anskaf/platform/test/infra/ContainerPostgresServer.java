package dk.anskaf.platform.test.infra;

import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * PostgreSQL 17 in a Testcontainers container, chosen when a Docker engine is available. We connect to it
 * as its superuser only to provision databases; the services then use their own non-owner roles, which is
 * why this is not wired through {@code @ServiceConnection} (that would hand the superuser to the service
 * and so switch row-level security off).
 */
final class ContainerPostgresServer implements PostgresServer {

    private final PostgreSQLContainer container;

    private ContainerPostgresServer(PostgreSQLContainer container) {
        this.container = container;
    }

    static ContainerPostgresServer start() {
        PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
        container.start();
        return new ContainerPostgresServer(container);
    }

    @Override
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + container.getHost() + ":" + container.getMappedPort(5432) + "/" + database;
    }

    @Override
    public String adminUser() {
        return container.getUsername();
    }

    @Override
    public String adminPassword() {
        return container.getPassword();
    }

    @Override
    public String origin() {
        return "testcontainers";
    }

    @Override
    public void close() {
        container.stop();
    }
}
