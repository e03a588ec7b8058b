package dk.anskaf.notification.sender;

import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.platform.test.events.EventContracts;
import org.junit.jupiter.api.Test;

/** Consumer side of identity's tenant event: the mail sender's copy reads the example in docs/events.md. */
class TenantChangedContractTests {

    @Test
    void theSenderNameIsReadFromTheDocumentedTenantChange() {
        var tenant = EventContracts.documented()
                .assertConsumerReads(TenantChangedListener.TYPE, TenantChangedListener.TenantChanged.class);

        assertThat(tenant.officialName()).isNotBlank();
    }
}
