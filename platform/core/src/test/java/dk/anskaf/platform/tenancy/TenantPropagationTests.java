package dk.anskaf.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

class TenantPropagationTests {

    @Test
    void executorTasksRunForTheSubmittersTenantAndLeaveNothingBehind() throws Exception {
        var decorator = new TenantPropagatingTaskDecorator();
        var seen = new AtomicReference<String>();
        var seenInMdc = new AtomicReference<String>();
        var afterwards = new AtomicReference<Boolean>();
        try (var executor = Executors.newSingleThreadExecutor()) {
            Runnable task = TenantContext.callAs(
                    TenantId.of("0615"),
                    () -> decorator.decorate(() -> {
                        seen.set(TenantContext.require().value());
                        seenInMdc.set(MDC.get(TenantContext.MDC_KEY));
                    }));
            executor.submit(task).get(5, TimeUnit.SECONDS);
            executor.submit(() -> afterwards.set(TenantContext.current().isEmpty()))
                    .get(5, TimeUnit.SECONDS);
        }

        assertThat(seen.get()).isEqualTo("0615");
        assertThat(seenInMdc.get()).isEqualTo("0615");
        assertThat(afterwards.get()).isTrue();
    }

    @Test
    void bindingIsClearedAndPreviousRestored() {
        TenantContext.runAs(TenantId.of("0710"), () -> {
            TenantContext.runAs(
                    TenantId.of("0607"),
                    () -> assertThat(TenantContext.require().value()).isEqualTo("0607"));
            assertThat(TenantContext.require().value()).isEqualTo("0710");
        });

        assertThat(TenantContext.current()).isEmpty();
        assertThat(MDC.get(TenantContext.MDC_KEY)).isNull();
    }

    @Test
    void invalidTenantIdsAreRejected() {
        for (String bad : new String[] {"", "../etc", "a b", "x".repeat(80), "'; drop table note; --"}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> TenantId.of(bad))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
