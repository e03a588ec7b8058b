package dk.anskaf.platform.test.infra;

/**
 * A server given by the environment: {@code ANSKAF_TEST_POSTGRES_URL} (a JDBC URL without database, e.g.
 * {@code jdbc:postgresql://db:5432}) with a superuser in {@code ANSKAF_TEST_POSTGRES_USER} and
 * {@code ANSKAF_TEST_POSTGRES_PASSWORD}.
 */
record ExternalPostgresServer(String baseUrl, String adminUser, String adminPassword) implements PostgresServer {

    @Override
    public String jdbcUrl(String database) {
        return baseUrl.replaceAll("/+$", "") + "/" + database;
    }

    @Override
    public String origin() {
        return "environment";
    }
}
