package dk.anskaf.catalog.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.platform.test.events.EventContracts;
import org.junit.jupiter.api.Test;

/** Consumer side of the dialogue events the front page counts: this service's copies read docs/events.md. */
class DialogueCountersContractTests {

    @Test
    void theCountersReadTheDocumentedDialogueCreatedAndSupplierInvited() {
        var created = EventContracts.documented()
                .assertConsumerReads(DialogueCountersListener.CREATED, DialogueCountersListener.DialogueCreated.class);
        var invited = EventContracts.documented()
                .assertConsumerReads(DialogueCountersListener.INVITED, DialogueCountersListener.SupplierInvited.class);

        assertThat(created.createdAt()).isNotNull();
        assertThat(invited.organisationId()).isNotNull();
    }
}
