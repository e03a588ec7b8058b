package dk.anskaf.dialogue.answering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.anskaf.dialogue.supplier.DialogueFacts;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The elaboration loop on the answer set (§5.10), and the request's message rules, without Spring. */
class AnswerSetElaborationTests {

    static final ElaborationMessage MESSAGE = ElaborationMessage.of("Uddyb venligst krav 1001.");

    @Test
    void aFinishedSetIsAskedForMoreEvenAfterTheDeadlineAndSentBackFinished() {
        AnswerSet set = set(AnswerSetStatus.FINISHED);
        DialogueFacts answered = dialogue("ANSWERED", Duration.ofDays(-2));

        set.requestElaboration(MESSAGE, 1, answered, "Formpipe", List.of("salg@formpipe.example"));

        assertThat(set.status()).isEqualTo(AnswerSetStatus.ELABORATION_REQUESTED);
        set.requireElaborating(answered);
        assertThatThrownBy(() -> set.requireWritable(answered)).isInstanceOf(AnsweringRefused.InElaborationRound.class);
        var requested = (ElaborationEvents.Requested) set.pullEvents().getFirst();
        assertThat(requested.message()).isEqualTo("Uddyb venligst krav 1001.");
        assertThat(requested.supplierEmails()).containsExactly("salg@formpipe.example");
        assertThat(requested.round()).isEqualTo(1);

        set.sendBack(1, 2, answered, "Formpipe");

        assertThat(set.status()).isEqualTo(AnswerSetStatus.FINISHED);
        var sent = (ElaborationEvents.Sent) set.pullEvents().getFirst();
        assertThat(sent.changedCount()).isEqualTo(2);
        assertThat(sent.contactEmail()).isEqualTo("indkoeb@favrskov.example");
        assertThatThrownBy(() -> set.sendBack(1, 0, answered, "Formpipe"))
                .isInstanceOf(AnsweringRefused.NotInElaborationRound.class);
    }

    @Test
    void onlyAFinishedSetOfAnAktivOrBesvaretDialogueIsAskedForMore() {
        for (AnswerSetStatus status : List.of(
                AnswerSetStatus.INVITED,
                AnswerSetStatus.ANSWERING,
                AnswerSetStatus.DECLINED,
                AnswerSetStatus.ELABORATION_REQUESTED)) {
            assertThatThrownBy(() -> set(status)
                            .requestElaboration(MESSAGE, 1, dialogue("ACTIVE", Duration.ofDays(1)), "F", List.of()))
                    .as(status.name())
                    .isInstanceOf(AnsweringRefused.ElaborationNotPossible.class);
        }
        for (String dialogueStatus : List.of("CANCELLED", "ARCHIVED")) {
            AnswerSet set = set(AnswerSetStatus.FINISHED);
            assertThatThrownBy(() -> set.requestElaboration(
                            MESSAGE, 1, dialogue(dialogueStatus, Duration.ofDays(-1)), "F", List.of()))
                    .as(dialogueStatus)
                    .isInstanceOf(AnsweringRefused.ElaborationNotPossible.class);
            assertThat(set.status()).isEqualTo(AnswerSetStatus.FINISHED);
        }
    }

    @Test
    void aRoundIsClosedWhenTheDialogueIsCancelledMeanwhile() {
        AnswerSet set = set(AnswerSetStatus.ELABORATION_REQUESTED);

        assertThatThrownBy(() -> set.sendBack(1, 0, dialogue("CANCELLED", Duration.ZERO), "F"))
                .isInstanceOf(AnsweringRefused.ElaborationNotPossible.class);
        assertThat(set.status()).isEqualTo(AnswerSetStatus.ELABORATION_REQUESTED);
    }

    @Test
    void theMessageIsRequiredAtMost5000CharactersAndWithoutControlCharactersButKeepsLineBreaks() {
        for (String bad : new String[] {null, "  ", "x".repeat(5001), "Klokke\u0007", "Nul\u0000"}) {
            assertThatThrownBy(() -> ElaborationMessage.of(bad))
                    .isInstanceOfSatisfying(
                            AnsweringRefused.InvalidAnswer.class,
                            e -> assertThat(e.field()).isEqualTo("message"));
        }
        assertThat(ElaborationMessage.of(" <b>Linje 1</b>\r\nLinje\t2 ").text())
                .isEqualTo("<b>Linje 1</b>\r\nLinje\t2");
        assertThat(ElaborationMessage.of("x".repeat(5000)).text()).hasSize(5000);
    }

    private static AnswerSet set(AnswerSetStatus status) {
        return AnswerSetTests.inStatus(status);
    }

    private static DialogueFacts dialogue(String status, Duration untilDeadline) {
        return AnswerSetTests.dialogue(status, untilDeadline);
    }
}
