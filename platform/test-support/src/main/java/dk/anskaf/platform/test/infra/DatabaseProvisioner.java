package dk.anskaf.platform.test.infra;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/**
 * Creates a service database and its owner and app roles, the way an operator would in production (see
 * deploy/postgres/create-service-database.sql). Idempotent, so the local run can call it at every start.
 */
public final class DatabaseProvisioner {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]{0,40}");

    private DatabaseProvisioner() {}

    public static ServiceDatabase provision(
            PostgresServer server, String name, String ownerPassword, String appPassword) {
        if (!IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("Invalid database name: " + name);
        }
        String owner = name + "_owner";
        String app = name + "_app";
        try (Connection admin = DriverManager.getConnection(
                        server.jdbcUrl("postgres"), server.adminUser(), server.adminPassword());
                Statement sql = admin.createStatement()) {
            ensureRole(admin, sql, owner, ownerPassword, "");
            ensureRole(admin, sql, app, appPassword, " nobypassrls");
            if (!exists(admin, "select 1 from pg_database where datname = ?", name)) {
                sql.execute("create database " + name + " owner " + owner + " encoding 'UTF8'");
            }
            sql.execute("revoke all on database " + name + " from public");
            sql.execute("grant connect on database " + name + " to " + app);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not provision database " + name, e);
        }
        return new ServiceDatabase(name, server.jdbcUrl(name), owner, ownerPassword, app, appPassword);
    }

    private static void ensureRole(Connection admin, Statement sql, String role, String password, String extra)
            throws SQLException {
        String verb = exists(admin, "select 1 from pg_roles where rolname = ?", role) ? "alter" : "create";
        // Identifiers are validated above; the password is a literal quoted by the server's own function.
        String literal;
        try (PreparedStatement quote = admin.prepareStatement("select quote_literal(?)")) {
            quote.setString(1, password);
            try (ResultSet rs = quote.executeQuery()) {
                rs.next();
                literal = rs.getString(1);
            }
        }
        sql.execute(
                verb + " role " + role + " login nosuperuser nocreatedb nocreaterole" + extra + " password " + literal);
    }

    private static boolean exists(Connection admin, String query, String name) throws SQLException {
        try (PreparedStatement statement = admin.prepareStatement(query)) {
            statement.setString(1, name);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next();
            }
        }
    }
}
