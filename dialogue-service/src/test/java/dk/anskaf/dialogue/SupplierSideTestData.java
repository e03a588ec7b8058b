package dk.anskaf.dialogue;

import dk.anskaf.platform.test.api.ApiClient;
import dk.anskaf.platform.test.fixture.IntegrationFixture;
import dk.anskaf.platform.test.security.TestRole;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Dialogues and requirements as the purchaser's side leaves them (the V2 shape, written with SQL under the
 * owning municipality's row-level security), supplier-side SQL under a supplier organisation's settings,
 * and valid CVR numbers.
 */
public final class SupplierSideTestData {

    private static final AtomicInteger CVR_SEED = new AtomicInteger((int) (System.nanoTime() % 500_000) + 1_000_000);

    private final IntegrationFixture fixture;
    private final TransactionTemplate transactions;

    public SupplierSideTestData(IntegrationFixture fixture, TransactionTemplate transactions) {
        this.fixture = fixture;
        this.transactions = transactions;
    }

    /** An Aktiv dialogue of {@code tenant} with the deadline {@code untilDeadline} from now. */
    public long activeDialogue(
            String tenant, boolean pricesRequested, boolean prioritiesVisible, Duration untilDeadline) {
        return fixture.asTenant(
                tenant,
                () -> jdbc().sql("""
                        insert into dialogue (owner_name, title, description, contact_email, domain_ids,
                                              priorities_visible, prices_requested, status, deadline,
                                              created_by, created_by_name, activated_at)
                        values (?, 'ESDH-system', 'Vi undersøger markedet for ESDH.', ?, '{1}', ?, ?, 'ACTIVE',
                                now() + make_interval(secs => ?), 'indkoeber', 'Ida Indkøber', now())
                        returning id
                        """)
                        .params(
                                "Kommune " + tenant,
                                "indkoeb@" + tenant + ".example",
                                prioritiesVisible,
                                pricesRequested,
                                (double) untilDeadline.toSeconds())
                        .query(Long.class)
                        .single());
    }

    /** A catalogue requirement copied into the dialogue; returns the dialogue requirement's id. */
    public long requirement(
            String tenant,
            long dialogueId,
            long catalogId,
            String description,
            boolean elaborationRequired,
            boolean saas,
            boolean onPremise) {
        return fixture.asTenant(
                tenant,
                () -> jdbc().sql("""
                        insert into dialogue_requirement (dialogue_id, catalog_requirement_id, catalog_version, position,
                                                          name, description, elaboration_required, category,
                                                          priority, saas, on_premise, parameters)
                        values (?, ?, 1, (select count(*) from dialogue_requirement where dialogue_id = ?), ?, ?, ?,
                                'Drift', 'HIGH', ?, ?,
                                '[{"name":"restore_tid","defaultValue":"4 timer","unit":"timer","value":"2 timer"}]')
                        returning id
                        """)
                        .params(
                                dialogueId,
                                catalogId,
                                dialogueId,
                                "Krav " + catalogId,
                                description,
                                elaborationRequired,
                                saas,
                                onPremise)
                        .query(Long.class)
                        .single());
    }

    /** Moves the deadline (as the purchaser's postponement or the passing of time would). */
    public void deadlineIn(long dialogueId, Duration fromNow) {
        fixture.acrossTenants(
                () -> jdbc().sql("update dialogue set deadline = now() + make_interval(secs => ?) where id = ?")
                        .params((double) fromNow.toSeconds(), dialogueId)
                        .update());
    }

    /** Runs SQL in one transaction as a supplier contact of {@code organisation} would (no municipality). */
    public <T> T asSupplier(UUID organisation, Supplier<T> work) {
        return transactions.execute(status -> {
            jdbc().sql("select set_config('app.tenant_id', '', true), set_config('app.cross_tenant', 'off', true),"
                            + " set_config('app.roles', 'supplier', true), set_config('app.supplier_org', ?, true)")
                    .param(organisation.toString())
                    .query()
                    .singleRow();
            return work.get();
        });
    }

    public JdbcClient jdbc() {
        return fixture.jdbc();
    }

    /** A CVR number that passes modulus 11 and is new in this run. */
    public static String newCvr() {
        while (true) {
            String first = String.valueOf(CVR_SEED.incrementAndGet()).substring(0, 7);
            int[] weights = {2, 7, 6, 5, 4, 3, 2};
            int sum = 0;
            for (int i = 0; i < 7; i++) {
                sum += weights[i] * (first.charAt(i) - '0');
            }
            int check = (11 - sum % 11) % 11;
            if (check < 10) {
                return first + check;
            }
        }
    }

    /** The {@code field} of each element of a JSON array, as text. */
    public static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(element -> texts.add(element.path(field).asString()));
        return texts;
    }

    /** Registers an organisation with a new CVR through the API, as a purchaser of {@code tenant}. */
    public static UUID registerOrganisation(ApiClient api, String tenant, String name) {
        return UUID.fromString(api.as(TestRole.PURCHASER, tenant)
                .post("/api/v1/supplier-organisations", "{\"name\":\"" + name + "\",\"cvr\":\"" + newCvr() + "\"}")
                .assertStatus(201)
                .json()
                .path("id")
                .asString());
    }
}
