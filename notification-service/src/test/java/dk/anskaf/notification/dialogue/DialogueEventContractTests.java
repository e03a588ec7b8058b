package dk.anskaf.notification.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.platform.test.events.EventContracts;
import org.junit.jupiter.api.Test;

/**
 * Consumer side of the dialogue events and of identity's sign-in request: this service's records read
 * the examples in docs/events.md and expect no field the producers do not send.
 */
class DialogueEventContractTests {

    final EventContracts contracts = EventContracts.documented();

    @Test
    void theInvitationReadsTheDocumentedSupplierInvited() {
        var invited = contracts.assertConsumerReads(DialogueEvents.SUPPLIER_INVITED, Invitations.SupplierInvited.class);

        assertThat(invited.email()).isNotBlank();
        assertThat(invited.contactEmail()).isNotBlank();
        assertThat(invited.deadline()).isNotNull();
    }

    @Test
    void theSupplierNoticesReadTheDocumentedPostponementAndCancellation() {
        var changed =
                contracts.assertConsumerReads(DialogueEvents.DEADLINE_CHANGED, SupplierNotices.DeadlineChanged.class);
        var cancelled =
                contracts.assertConsumerReads(DialogueEvents.CANCELLED, SupplierNotices.DialogueCancelled.class);

        assertThat(changed.supplierEmails()).isNotEmpty();
        assertThat(changed.newDeadline()).isAfter(changed.previousDeadline());
        assertThat(cancelled.supplierEmails()).isNotEmpty();
        assertThat(cancelled.reason()).isNotBlank();
    }

    @Test
    void theContactMailsReadTheDocumentedSupplierAndDeadlineEvents() {
        for (String type : new String[] {DialogueEvents.SUPPLIER_FINISHED, DialogueEvents.SUPPLIER_DECLINED}) {
            var answered = contracts.assertConsumerReads(type, ContactNotices.SupplierAnswered.class);
            assertThat(answered.contactEmail()).as(type).isNotBlank();
            assertThat(answered.organisationName()).as(type).isNotBlank();
        }
        for (String type : new String[] {DialogueEvents.DEADLINE_REACHED, DialogueEvents.ALL_ANSWERED}) {
            var closed = contracts.assertConsumerReads(type, ContactNotices.DialogueAnswered.class);
            assertThat(closed.contactEmail()).as(type).isNotBlank();
            assertThat(closed.deadline()).as(type).isNotNull();
        }
    }

    @Test
    void theSignInLinkMailReadsIdentitysSignInRequest() {
        var requested = contracts.assertConsumerReads(Invitations.SIGN_IN_REQUESTED, Invitations.SignInRequested.class);

        assertThat(requested.email()).isNotBlank();
    }

    @Test
    void theQuestionMailsReadTheDocumentedQuestionEvents() {
        var asked = contracts.assertConsumerReads(QuestionNotices.QUESTION_ASKED, QuestionNotices.QuestionAsked.class);
        var answered = contracts.assertConsumerReads(
                QuestionNotices.QUESTION_ANSWERED, QuestionNotices.QuestionAnswered.class);

        assertThat(asked.contactEmail()).isNotBlank();
        assertThat(asked.text()).isNotBlank();
        assertThat(answered.supplierEmails()).isNotEmpty();
        assertThat(answered.answerText()).isNotBlank();
    }
}
