package dk.anskaf.notification.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.platform.test.events.EventContracts;
import org.junit.jupiter.api.Test;

/** Consumer side of the elaboration loop's events: this service's records read the examples in docs/events.md. */
class ElaborationEventContractTests {

    final EventContracts contracts = EventContracts.documented();

    @Test
    void theRequestMailReadsTheDocumentedElaborationRequested() {
        var requested = contracts.assertConsumerReads(
                ElaborationMails.ELABORATION_REQUESTED, ElaborationMails.ElaborationRequested.class);

        assertThat(requested.message()).isNotBlank();
        assertThat(requested.supplierEmails()).isNotEmpty();
        assertThat(requested.contactEmail()).isNotBlank();
    }

    @Test
    void theContactMailReadsTheDocumentedElaborationSent() {
        var sent = contracts.assertConsumerReads(
                ElaborationMails.ELABORATION_SENT, ElaborationMails.ElaborationSent.class);

        assertThat(sent.contactEmail()).isNotBlank();
        assertThat(sent.answerSetId()).isNotNull();
        assertThat(sent.organisationName()).isNotBlank();
    }
}
