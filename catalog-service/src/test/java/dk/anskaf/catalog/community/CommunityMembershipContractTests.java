package dk.anskaf.catalog.community;

import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.platform.test.events.EventContracts;
import org.junit.jupiter.api.Test;

/** Consumer side of identity's community event: this service's copy reads the example in docs/events.md. */
class CommunityMembershipContractTests {

    @Test
    void theCatalogueReadsTheDocumentedCommunityMembershipChange() {
        var change = EventContracts.documented()
                .assertConsumerReads(
                        CommunityMembershipListener.TYPE, CommunityMembershipListener.CommunityMembershipChanged.class);

        assertThat(change.members()).isNotEmpty();
    }
}
