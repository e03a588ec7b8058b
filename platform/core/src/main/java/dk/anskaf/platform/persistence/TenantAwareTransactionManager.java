package dk.anskaf.platform.persistence;

import dk.anskaf.platform.security.CurrentUser;
import dk.anskaf.platform.security.Role;
import dk.anskaf.platform.tenancy.CrossTenantAccess;
import dk.anskaf.platform.tenancy.TenantContext;
import dk.anskaf.platform.tenancy.TenantId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * Starts every transaction by telling PostgreSQL who is acting, as transaction-local settings that the
 * row-level security policies read: {@code app.tenant_id} (the bound tenant, or empty, which matches no
 * row), {@code app.cross_tenant} ({@code on} only inside {@link CrossTenantAccess}) and {@code
 * app.roles} (the verified user's role claim values, comma-separated) and {@code app.supplier_org} (a
 * supplier contact's organisation id, or empty). Values are bound
 * parameters, never concatenated. Being transaction-local, nothing leaks to the next user of a pooled
 * connection.
 */
public class TenantAwareTransactionManager extends JdbcTransactionManager {

    private static final String SET_CONTEXT = "select set_config('app.tenant_id', ?, true),"
            + " set_config('app.cross_tenant', ?, true), set_config('app.roles', ?, true),"
            + " set_config('app.supplier_org', ?, true)";

    public TenantAwareTransactionManager(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    protected void prepareTransactionalConnection(Connection con, TransactionDefinition definition)
            throws SQLException {
        super.prepareTransactionalConnection(con, definition);
        try (PreparedStatement statement = con.prepareStatement(SET_CONTEXT)) {
            statement.setString(1, TenantContext.current().map(TenantId::value).orElse(""));
            statement.setString(2, CrossTenantAccess.active() ? "on" : "off");
            // The verified user's roles, for policies that only some roles pass (e.g. the board).
            statement.setString(
                    3,
                    CurrentUser.current()
                            .map(user -> user.roles().stream()
                                    .map(Role::claimValue)
                                    .sorted()
                                    .collect(Collectors.joining(",")))
                            .orElse(""));
            // A supplier contact's organisation, for the policies that let suppliers see their own rows.
            statement.setString(
                    4,
                    CurrentUser.current()
                            .flatMap(CurrentUser::supplierOrganisation)
                            .map(UUID::toString)
                            .orElse(""));
            statement.execute();
        }
    }
}
