package dk.anskaf.platform.tenancy;

import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.MDC;

/**
 * The tenant bound to the current thread. It is bound once per HTTP request (from the verified JWT) and
 * once per consumed Kafka record (from the event the platform published), and always cleared in
 * {@code finally}. Business code reads it; it never passes tenant ids around by hand.
 */
public final class TenantContext {

    /** MDC key under which the tenant appears in every log line. */
    public static final String MDC_KEY = "tenant";

    private static final ThreadLocal<TenantId> CURRENT = new ThreadLocal<>();

    private TenantContext() {}

    public static Optional<TenantId> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** The current tenant, or {@link MissingTenantException} (answered as 403): never a default. */
    public static TenantId require() {
        TenantId tenant = CURRENT.get();
        if (tenant == null) {
            throw new MissingTenantException();
        }
        return tenant;
    }

    /** Runs {@code work} for {@code tenant} and restores whatever was bound before. */
    public static <T> T callAs(TenantId tenant, Supplier<T> work) {
        TenantId previous = CURRENT.get();
        bind(tenant);
        try {
            return work.get();
        } finally {
            restore(previous);
        }
    }

    public static void runAs(TenantId tenant, Runnable work) {
        callAs(tenant, () -> {
            work.run();
            return null;
        });
    }

    static void bind(TenantId tenant) {
        CURRENT.set(tenant);
        MDC.put(MDC_KEY, tenant.value());
    }

    static void clear() {
        CURRENT.remove();
        MDC.remove(MDC_KEY);
    }

    static void restore(TenantId previous) {
        if (previous == null) {
            clear();
        } else {
            bind(previous);
        }
    }

    /** Binding for infrastructure (request filter, record interceptor) that must clear in its own finally. */
    public static Binding open(TenantId tenant) {
        TenantId previous = CURRENT.get();
        bind(tenant);
        return () -> restore(previous);
    }

    /** An open binding; closing it restores the previous state. */
    @FunctionalInterface
    public interface Binding extends AutoCloseable {
        @Override
        void close();
    }
}
