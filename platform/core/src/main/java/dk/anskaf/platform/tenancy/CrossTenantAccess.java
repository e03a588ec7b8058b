package dk.anskaf.platform.tenancy;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one explicit, audited way for a service's own background job to read or write rows of all tenants
 * (for example the mail dispatcher). Each use is logged with its reason and counted; inside it the
 * database session is marked so that the row-level security policies admit every tenant's rows.
 * Never reachable from a request: it takes no tenant or flag from outside the code.
 */
public class CrossTenantAccess {

    private static final Logger AUDIT = LoggerFactory.getLogger("dk.anskaf.audit.cross-tenant");
    private static final ThreadLocal<String> REASON = new ThreadLocal<>();

    private final MeterRegistry meters;
    private final JdbcTemplate jdbc;

    public CrossTenantAccess(MeterRegistry meters, JdbcTemplate jdbc) {
        this.meters = meters;
        this.jdbc = jdbc;
    }

    /** Runs {@code work} across all tenants. {@code reason} is a fixed, low-cardinality job name. */
    public <T> T call(String reason, Supplier<T> work) {
        String previous = REASON.get();
        REASON.set(reason);
        AUDIT.debug("Cross-tenant access by {}", reason);
        meters.counter("anskaf.tenancy.cross_tenant", "reason", reason).increment();
        // Inside a running transaction the setting was fixed when it began: switch it for this step only.
        boolean inTransaction = TransactionSynchronizationManager.isActualTransactionActive();
        if (inTransaction) {
            setFlag("on");
        }
        try {
            return work.get();
        } finally {
            if (inTransaction) {
                setFlag(previous == null ? "off" : "on");
            }
            if (previous == null) {
                REASON.remove();
            } else {
                REASON.set(previous);
            }
        }
    }

    public void run(String reason, Runnable work) {
        call(reason, () -> {
            work.run();
            return null;
        });
    }

    private void setFlag(String value) {
        jdbc.queryForObject("select set_config('app.cross_tenant', ?, true)", String.class, value);
    }

    /** Whether the current thread is inside {@link #call}; read by the transaction manager. */
    public static boolean active() {
        return REASON.get() != null;
    }
}
