package dk.anskaf.catalog.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.platform.test.events.EventContracts;
import org.junit.jupiter.api.Test;

/** Consumer side of identity's tenant event: this service's copy reads the example in docs/events.md. */
class TenantChangedContractTests {

    @Test
    void theStatisticsReadTheDocumentedTenantChange() {
        var tenant = EventContracts.documented()
                .assertConsumerReads(TenantChangedListener.TYPE, TenantChangedListener.TenantChanged.class);

        assertThat(tenant.tenantId()).isNotBlank();
    }
}
