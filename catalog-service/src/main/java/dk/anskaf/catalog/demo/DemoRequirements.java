package dk.anskaf.catalog.demo;

import dk.anskaf.catalog.requirement.OwnerKind;
import dk.anskaf.platform.tenancy.TenantContext;
import dk.anskaf.platform.tenancy.TenantId;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Local requirements for the demo municipalities of the local run ({@code anskaf.catalog.demo-data=true}),
 * so lists and search have something to show. Idempotent; never enabled in a deployment.
 */
@Component
class DemoRequirements implements ApplicationRunner {

    private static final Map<String, String> MUNICIPALITIES =
            Map.of("0710", "Favrskov", "0607", "Fredericia", "0615", "Horsens");

    private static final List<String[]> TEXTS = List.of(
            new String[] {
                "Adgang med NemLog-in for borgere", "Borgere skal kunne logge ind med MitID via NemLog-in.", "Sikkerhed"
            },
            new String[] {
                "Eksport af data i åbne formater",
                "Alle data skal kunne eksporteres som CSV eller JSON uden ekstra betaling.",
                "Data"
            },
            new String[] {
                "Svartider i brugerfladen",
                "Skærmbilleder skal vises inden for 2 sekunder ved normal belastning.",
                "Drift, vedligehold og support"
            },
            new String[] {
                "Tilgængelighed efter WCAG 2.1 AA",
                "Brugerfladen skal overholde WCAG 2.1 niveau AA, og leverandøren skal levere en tilgængelighedserklæring.",
                "Tilgængelighed"
            },
            new String[] {
                "Integration med kommunens ESDH",
                "Løsningen skal kunne journalisere dokumenter i kommunens ESDH-system via dokumenteret snitflade.",
                "Integration"
            },
            new String[] {
                "Gendannelse efter nedbrud",
                "Løsningen skal kunne gendannes inden for {{gendannelsestid|8 timer|timer}} efter et nedbrud.",
                "Drift, vedligehold og support"
            },
            new String[] {
                "Logning af opslag i personoplysninger",
                "Alle opslag i personoplysninger skal logges med bruger, tidspunkt og formål.",
                "Sikkerhed"
            },
            new String[] {
                "Understøttelse af mobile enheder",
                "Løsningen skal kunne bruges på de to nyeste versioner af iOS og Android.",
                "Klienter og enheder"
            });

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final boolean enabled;

    DemoRequirements(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            @Value("${anskaf.catalog.demo-data:false}") boolean enabled) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        MUNICIPALITIES.forEach((tenant, name) -> TenantContext.runAs(
                TenantId.of(tenant),
                () -> transactions.executeWithoutResult(status -> {
                    for (int i = 0; i < TEXTS.size(); i++) {
                        String[] text = TEXTS.get(i);
                        jdbc.sql("""
                                        insert into requirement (owner_kind, tenant_id, name, description, category_id, priority,
                                                                 all_domains, created_by, updated_by, import_key)
                                        select ?, ?, ?, ?, c.id, ?, true, 'demo', 'demo', ?
                                        from category c where c.name = ?
                                        on conflict do nothing
                                        """)
                                .params(
                                        OwnerKind.MUNICIPALITY.name(),
                                        tenant,
                                        text[0] + " (" + name + ")",
                                        text[1],
                                        i % 3 == 0 ? "HIGH" : "NORMAL",
                                        "demo:" + i,
                                        text[2])
                                .update();
                    }
                })));
    }
}
