package dk.anskaf.platform.test.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** PostgreSQL 17 started from the zonky binaries in a Maven artifact: no installation, no Docker. */
public final class EmbeddedPostgresServer implements PostgresServer {

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** A throw-away server on a free port, for tests. */
    public static EmbeddedPostgresServer start() {
        return start(null, 0);
    }

    /**
     * @param dataDirectory kept between runs when given (the local run); a fresh temporary one when null
     * @param port fixed port, or 0 for a free one
     */
    public static EmbeddedPostgresServer start(Path dataDirectory, int port) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("fsync", dataDirectory == null ? "off" : "on")
                    .setServerConfig("synchronous_commit", dataDirectory == null ? "off" : "on");
            if (dataDirectory != null) {
                builder.setDataDirectory(dataDirectory.toFile()).setCleanDataDirectory(false);
            }
            if (port > 0) {
                builder.setPort(port);
            }
            return new EmbeddedPostgresServer(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
        }
    }

    @Override
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
    }

    @Override
    public String adminUser() {
        return "postgres";
    }

    @Override
    public String adminPassword() {
        return "postgres";
    }

    @Override
    public String origin() {
        return "embedded";
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
