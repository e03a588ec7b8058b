package dk.anskaf.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.anskaf.platform.persistence.RowLevelSecurityGuard;
import dk.anskaf.platform.test.infra.Infrastructure;
import dk.anskaf.platform.test.infra.PostgresServer;
import dk.anskaf.platform.test.spring.AnskafIntegrationTest;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

@AnskafIntegrationTest
class RowLevelSecurityIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    CrossTenantAccess crossTenant;

    @Autowired
    DataSource dataSource;

    @Value("${spring.datasource.url}")
    String url;

    final TenantId a = TenantId.of("a" + UUID.randomUUID().toString().substring(0, 8));
    final TenantId b = TenantId.of("b" + UUID.randomUUID().toString().substring(0, 8));

    @Test
    void tenantCannotReadAnotherTenantsRowsEvenWithAnUnfilteredQuery() {
        insertNote(a, "a's secret");

        List<String> seenByB = asTenant(
                b, () -> jdbc.sql("select text from note").query(String.class).list());
        List<String> seenByA = asTenant(
                a, () -> jdbc.sql("select text from note").query(String.class).list());

        assertThat(seenByB).doesNotContain("a's secret");
        assertThat(seenByA).containsExactly("a's secret");
    }

    @Test
    void tenantCannotChangeOrDeleteAnotherTenantsRows() {
        long id = insertNote(a, "original");

        int updated = asTenant(
                b,
                () -> jdbc.sql("update note set text = 'hijacked' where id = ?")
                        .param(id)
                        .update());
        int deleted = asTenant(
                b, () -> jdbc.sql("delete from note where id = ?").param(id).update());

        assertThat(updated).isZero();
        assertThat(deleted).isZero();
        assertThat(asTenant(
                        a,
                        () -> jdbc.sql("select text from note where id = ?")
                                .param(id)
                                .query(String.class)
                                .single()))
                .isEqualTo("original");
    }

    @Test
    void tenantCannotWriteRowsForAnotherTenant() {
        assertThatThrownBy(() -> asTenant(
                        b,
                        () -> jdbc.sql("insert into note (tenant_id, text) values (?, 'planted')")
                                .param(a.value())
                                .update()))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("row-level security");
        long id = insertNote(a, "mine");
        assertThatThrownBy(() -> asTenant(
                        a,
                        () -> jdbc.sql("update note set tenant_id = ? where id = ?")
                                .params(b.value(), id)
                                .update()))
                .isInstanceOf(DataAccessException.class);
    }

    @Test
    void withoutATenantNothingIsVisible() {
        insertNote(a, "hidden");

        List<String> inTransaction = transactions.execute(
                status -> jdbc.sql("select text from note").query(String.class).list());
        List<String> outsideTransaction =
                jdbc.sql("select text from note").query(String.class).list();

        assertThat(inTransaction).isEmpty();
        assertThat(outsideTransaction).isEmpty();
    }

    @Test
    void crossTenantAccessSeesEveryTenantOnlyInsideItsScope() {
        insertNote(a, "from a");
        insertNote(b, "from b");

        List<String> all = crossTenant.call(
                "test-job",
                () -> transactions.execute(status ->
                        jdbc.sql("select text from note").query(String.class).list()));
        List<String> afterwards = transactions.execute(
                status -> jdbc.sql("select text from note").query(String.class).list());

        assertThat(all).contains("from a", "from b");
        assertThat(afterwards).isEmpty();
    }

    @Test
    void crossTenantAccessInsideATenantsTransactionWidensOnlyThatStep() {
        insertNote(b, "b's row");

        List<List<String>> seen = asTenant(
                a,
                () -> List.of(
                        jdbc.sql("select text from note").query(String.class).list(),
                        crossTenant.call(
                                "test-step",
                                () -> jdbc.sql("select text from note")
                                        .query(String.class)
                                        .list()),
                        jdbc.sql("select text from note").query(String.class).list()));

        assertThat(seen.get(0)).doesNotContain("b's row");
        assertThat(seen.get(1)).contains("b's row");
        assertThat(seen.get(2)).doesNotContain("b's row");
    }

    @Test
    void appLoginIsNeitherOwnerNorSuperuserNorBypassRls() {
        var role = JdbcClient.create(dataSource)
                .sql("select rolsuper, rolbypassrls from pg_roles where rolname = current_user")
                .query((rs, n) -> List.of(rs.getBoolean(1), rs.getBoolean(2)))
                .single();
        String owner = JdbcClient.create(dataSource)
                .sql("select tableowner from pg_tables where tablename = 'note'")
                .query(String.class)
                .single();
        String current = JdbcClient.create(dataSource)
                .sql("select current_user")
                .query(String.class)
                .single();

        assertThat(role).containsExactly(false, false);
        assertThat(owner).isNotEqualTo(current);
        assertThat(new RowLevelSecurityGuard(dataSource).problems()).isEmpty();
    }

    @Test
    void guardRefusesALoginThatCouldBypassRowLevelSecurity() {
        PostgresServer server = Infrastructure.postgres();
        var superuser = new DriverManagerDataSource(url, server.adminUser(), server.adminPassword());

        assertThat(new RowLevelSecurityGuard(superuser).problems()).contains("login is a superuser");
    }

    private long insertNote(TenantId tenant, String text) {
        return asTenant(
                tenant,
                () -> jdbc.sql("insert into note (text) values (?) returning id")
                        .param(text)
                        .query(Long.class)
                        .single());
    }

    private <T> T asTenant(TenantId tenant, java.util.function.Supplier<T> work) {
        return TenantContext.callAs(tenant, () -> transactions.execute(status -> work.get()));
    }
}
