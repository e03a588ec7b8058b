package dk.anskaf.dialogue.answering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.anskaf.dialogue.supplier.DialogueEventTopics;
import dk.anskaf.dialogue.supplier.DialogueFacts;
import dk.anskaf.platform.tenancy.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The answer set's transitions, without Spring or a database. */
class AnswerSetTests {

    static final Instant NOW = Instant.parse("2026-12-15T10:59:00Z");

    @Test
    void theFirstViewOpensAndTheFirstAnswerStartsAnswering() {
        AnswerSet set = invited();

        assertThat(set.open(NOW)).isTrue();
        assertThat(set.open(NOW)).isFalse();
        set.answering(dialogue("ACTIVE", Duration.ofMinutes(1)));

        assertThat(set.status()).isEqualTo(AnswerSetStatus.ANSWERING);
    }

    @Test
    void whenTheDeadlineIsReachedThenNothingIsWrittenEvenBeforeTheJobMovesTheDialogue() {
        AnswerSet set = invited();

        assertThatThrownBy(() -> set.answering(dialogue("ACTIVE", Duration.ZERO)))
                .isInstanceOf(AnsweringRefused.DeadlinePassed.class)
                .hasMessageContaining("15-12-2026 kl. 11:59");
        assertThatThrownBy(() -> set.finish(0, dialogue("ACTIVE", Duration.ofSeconds(-1)), "Formpipe"))
                .isInstanceOf(AnsweringRefused.DeadlinePassed.class);
        assertThat(set.status()).isEqualTo(AnswerSetStatus.INVITED);
    }

    @Test
    void whenTheDialogueIsNotAktivThenNothingIsWritten() {
        for (String status : new String[] {"ANSWERED", "ARCHIVED", "CANCELLED", "DRAFT"}) {
            assertThatThrownBy(() -> invited().answering(dialogue(status, Duration.ofDays(1))))
                    .as(status)
                    .isInstanceOf(AnsweringRefused.DialogueNotOpen.class);
        }
    }

    @Test
    void finishingNeedsEveryRequirementAnsweredAndLocksTheSet() {
        AnswerSet set = invited();
        DialogueFacts open = dialogue("ACTIVE", Duration.ofDays(1));

        assertThatThrownBy(() -> set.finish(3, open, "Formpipe"))
                .isInstanceOf(AnsweringRefused.AnswersMissing.class)
                .hasMessageContaining("3");
        set.finish(0, open, "Formpipe");

        assertThat(set.status()).isEqualTo(AnswerSetStatus.FINISHED);
        assertThat(set.pullEvents()).singleElement().isInstanceOfSatisfying(SupplierConcluded.class, event -> {
            assertThat(event.type()).isEqualTo(DialogueEventTopics.SUPPLIER_FINISHED);
            assertThat(event.tenant()).contains(TenantId.of("0710"));
            assertThat(event.reason()).isNull();
        });
        assertThatThrownBy(() -> set.answering(open)).isInstanceOf(AnsweringRefused.Finished.class);
        assertThatThrownBy(() -> set.decline("Alligevel ikke", open, "Formpipe"))
                .isInstanceOf(AnsweringRefused.Finished.class);
    }

    @Test
    void decliningNeedsAReasonAndIsKeptAsAStatus() {
        AnswerSet set = invited();
        DialogueFacts open = dialogue("ACTIVE", Duration.ofDays(1));

        assertThatThrownBy(() -> set.decline("  ", open, "Formpipe"))
                .isInstanceOf(AnsweringRefused.DeclineReasonMissing.class);
        set.decline(" Vi leverer ikke on-premise ", open, "Formpipe");

        assertThat(set.status()).isEqualTo(AnswerSetStatus.DECLINED);
        assertThat(set.declineReason()).isEqualTo("Vi leverer ikke on-premise");
        assertThat(set.pullEvents())
                .singleElement()
                .isInstanceOfSatisfying(
                        SupplierConcluded.class,
                        event -> assertThat(event.type()).isEqualTo(DialogueEventTopics.SUPPLIER_DECLINED));
        assertThatThrownBy(() -> set.finish(0, open, "Formpipe")).isInstanceOf(AnsweringRefused.Declined.class);
    }

    @Test
    void theOperatingModelRulesOutWhatDoesNotApplyToIt() {
        assertThat(OperatingModel.SAAS.rulesOut(false, true)).isTrue();
        assertThat(OperatingModel.SAAS.rulesOut(true, false)).isFalse();
        assertThat(OperatingModel.ON_PREMISE.rulesOut(true, false)).isTrue();
        assertThat(OperatingModel.BOTH.rulesOut(false, false)).isFalse();
        assertThat(OperatingModel.NOT_DECIDED.rulesOut(false, false)).isFalse();
    }

    private static AnswerSet invited() {
        return inStatus(AnswerSetStatus.INVITED);
    }

    /** A set of dialogue 676 in {@code status}, as loaded. */
    static AnswerSet inStatus(AnswerSetStatus status) {
        return new AnswerSet(
                UUID.randomUUID(),
                "0710",
                676,
                UUID.randomUUID(),
                status,
                OperatingModel.NOT_DECIDED,
                null,
                null,
                null,
                NOW.minus(Duration.ofDays(3)),
                null,
                null,
                null,
                null,
                0);
    }

    /** A dialogue whose deadline is {@code untilDeadline} after {@link #NOW} (zero: this very instant). */
    static DialogueFacts dialogue(String status, Duration untilDeadline) {
        return new DialogueFacts(
                676,
                TenantId.of("0710"),
                status,
                "ESDH-system",
                "Beskrivelse",
                "Favrskov Kommune",
                "indkoeb@favrskov.example",
                true,
                false,
                NOW.plus(untilDeadline),
                NOW);
    }
}
