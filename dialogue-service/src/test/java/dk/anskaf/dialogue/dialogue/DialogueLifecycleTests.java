package dk.anskaf.dialogue.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.anskaf.platform.errors.DomainException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Vælg leverandør, archive and restore, soft delete (DOMAIN.md §5.2, §5.11, §5.12), without Spring or a
 * database: each legal move with its event and audit line, each illegal one refused and changing nothing.
 */
class DialogueLifecycleTests {

    static final long ID = 676;
    static final Instant NOW = DialogueTests.NOW;
    static final UUID SET = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    static final UUID ORG = UUID.fromString("00000000-0000-0000-0000-0000000000b1");

    @Test
    void whenAnsweredThenAFinishedSupplierIsChosenWithItsEventAndAuditLine() {
        Dialogue dialogue = saved(DialogueStatus.ANSWERED, null, null);

        dialogue.chooseSupplier(candidate(SET, "FINISHED", 12), null, "Ida Indkøber", NOW);

        assertThat(dialogue.chosenAnswerSetId()).isEqualTo(SET);
        assertThat(dialogue.chosenByName()).isEqualTo("Ida Indkøber");
        assertThat(dialogue.pullEvents())
                .containsExactly(new DialogueEvents.SupplierChosen(
                        ID,
                        "ESDH-system",
                        SET,
                        ORG,
                        "Formpipe Software A/S",
                        "12345678",
                        null,
                        null,
                        "Ida Indkøber",
                        NOW.atOffset(ZoneOffset.UTC)));
        assertThat(dialogue.pullChanges())
                .containsExactly(new DialogueChange("CHOSEN_SUPPLIER", null, null, "Formpipe Software A/S"));
    }

    @Test
    void aChoiceIsChangedAndClearedNamingThePreviousOne() {
        UUID other = UUID.randomUUID();
        Dialogue dialogue = saved(DialogueStatus.ANSWERED, null, SET);

        dialogue.chooseSupplier(null, candidate(SET, "FINISHED", 3), "Ida", NOW);

        assertThat(dialogue.chosenAnswerSetId()).isNull();
        DialogueEvents.SupplierChosen cleared =
                (DialogueEvents.SupplierChosen) dialogue.pullEvents().getFirst();
        assertThat(cleared.answerSetId()).isNull();
        assertThat(cleared.previousAnswerSetId()).isEqualTo(SET);
        assertThat(cleared.previousOrganisationId()).isEqualTo(ORG);

        // Once the deadline closed it, a supplier that answered something without finishing may be chosen.
        dialogue.chooseSupplier(candidate(other, "ANSWERING", 1), null, "Ida", NOW);
        assertThat(dialogue.chosenAnswerSetId()).isEqualTo(other);
    }

    @Test
    void choosingTheCurrentSupplierAgainRecordsNothing() {
        Dialogue dialogue = saved(DialogueStatus.ANSWERED, null, SET);

        dialogue.chooseSupplier(candidate(SET, "FINISHED", 3), candidate(SET, "FINISHED", 3), "Ida", NOW);

        assertThat(dialogue.pullEvents()).isEmpty();
        assertThat(dialogue.pullChanges()).isEmpty();
    }

    @Test
    void aSupplierThatDeclinedAwaitsElaborationOrAnsweredNothingIsNotChosen() {
        Dialogue dialogue = saved(DialogueStatus.ANSWERED, null, null);

        assertConflict(
                () -> dialogue.chooseSupplier(candidate(SET, "DECLINED", 4), null, "Ida", NOW),
                "dialogue-choice-declined");
        assertConflict(
                () -> dialogue.chooseSupplier(candidate(SET, "ELABORATION_REQUESTED", 4), null, "Ida", NOW),
                "dialogue-choice-elaboration-pending");
        assertConflict(
                () -> dialogue.chooseSupplier(candidate(SET, "OPENED", 0), null, "Ida", NOW),
                "dialogue-choice-not-answered");
        assertThatThrownBy(() -> dialogue.chooseSupplier(
                        new SupplierCandidate(SET, ID + 1, ORG, "X", "1", "FINISHED", 1), null, "Ida", NOW))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.field()).isEqualTo("answerSetId"));
        assertThat(dialogue.chosenAnswerSetId()).isNull();
        assertThat(dialogue.pullEvents()).isEmpty();
        assertThat(dialogue.pullChanges()).isEmpty();
    }

    @Test
    void aSupplierIsChosenOnlyInBesvaretOrArchivedFromBesvaret() {
        for (DialogueStatus status : List.of(DialogueStatus.DRAFT, DialogueStatus.ACTIVE, DialogueStatus.CANCELLED)) {
            assertConflict(
                    () -> saved(status, null, null).chooseSupplier(candidate(SET, "FINISHED", 1), null, "Ida", NOW),
                    "dialogue-choice-not-open");
        }
        assertConflict(
                () -> saved(DialogueStatus.ARCHIVED, DialogueStatus.CANCELLED, null)
                        .chooseSupplier(candidate(SET, "FINISHED", 1), null, "Ida", NOW),
                "dialogue-choice-not-open");

        Dialogue archived = saved(DialogueStatus.ARCHIVED, DialogueStatus.ANSWERED, null);
        archived.chooseSupplier(candidate(SET, "FINISHED", 1), null, "Ida", NOW);
        assertThat(archived.chosenAnswerSetId()).isEqualTo(SET);
    }

    @Test
    void archivingWithoutAChosenSupplierNeedsConfirmationAndRestoreReturnsToWhereItCameFrom() {
        Dialogue dialogue = saved(DialogueStatus.ANSWERED, null, null);

        assertConflict(() -> dialogue.archive(false, NOW), "dialogue-archive-without-supplier");
        assertThat(dialogue.status()).isEqualTo(DialogueStatus.ANSWERED);

        dialogue.archive(true, NOW);
        assertThat(dialogue.status()).isEqualTo(DialogueStatus.ARCHIVED);
        assertThat(dialogue.archivedFrom()).isEqualTo(DialogueStatus.ANSWERED);
        dialogue.restore(NOW);
        assertThat(dialogue.status()).isEqualTo(DialogueStatus.ANSWERED);
        assertThat(dialogue.archivedFrom()).isNull();
        assertThat(dialogue.pullEvents())
                .containsExactly(
                        new DialogueEvents.Archived(
                                ID, "ESDH-system", DialogueStatus.ANSWERED, null, NOW.atOffset(ZoneOffset.UTC)),
                        new DialogueEvents.Restored(
                                ID, "ESDH-system", DialogueStatus.ANSWERED, NOW.atOffset(ZoneOffset.UTC)));
        assertThat(dialogue.pullChanges())
                .containsExactly(
                        new DialogueChange("ARCHIVE", null, "ANSWERED", "ARCHIVED"),
                        new DialogueChange("RESTORE", null, "ARCHIVED", "ANSWERED"));
    }

    @Test
    void aCancelledDialogueIsArchivedWithoutWarningAndOnlyAnsweredOrCancelledAreArchived() {
        Dialogue cancelled = saved(DialogueStatus.CANCELLED, null, null);
        cancelled.archive(false, NOW);
        assertThat(cancelled.archivedFrom()).isEqualTo(DialogueStatus.CANCELLED);
        cancelled.restore(NOW);
        assertThat(cancelled.status()).isEqualTo(DialogueStatus.CANCELLED);

        for (DialogueStatus status : List.of(DialogueStatus.DRAFT, DialogueStatus.ACTIVE)) {
            assertConflict(() -> saved(status, null, null).archive(true, NOW), "dialogue-not-archivable");
            assertConflict(() -> saved(status, null, null).restore(NOW), "dialogue-not-archived");
        }
        assertConflict(
                () -> saved(DialogueStatus.ARCHIVED, DialogueStatus.ANSWERED, null)
                        .archive(true, NOW),
                "dialogue-not-archivable");
    }

    @Test
    void anAdministratorDeletesWithAReasonAndBringsItBack() {
        Dialogue dialogue = saved(DialogueStatus.ACTIVE, null, null);

        assertThatThrownBy(() -> dialogue.delete("  ", "Anne Admin", NOW))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        dialogue.delete("Oprettet ved en fejl", "Anne Admin", NOW);
        assertThat(dialogue.deletedAt()).isEqualTo(NOW);
        assertConflict(() -> dialogue.delete("Igen", "Anne Admin", NOW), "dialogue-already-deleted");
        dialogue.undelete("Anne Admin", NOW);
        assertThat(dialogue.deletedAt()).isNull();
        assertConflict(() -> dialogue.undelete("Anne Admin", NOW), "dialogue-not-deleted");

        assertThat(dialogue.pullEvents())
                .containsExactly(
                        new DialogueEvents.Deleted(
                                ID,
                                "ESDH-system",
                                DialogueStatus.ACTIVE,
                                "Oprettet ved en fejl",
                                "Anne Admin",
                                NOW.atOffset(ZoneOffset.UTC)),
                        new DialogueEvents.Undeleted(
                                ID, "ESDH-system", DialogueStatus.ACTIVE, "Anne Admin", NOW.atOffset(ZoneOffset.UTC)));
        assertThat(dialogue.pullChanges())
                .containsExactly(
                        new DialogueChange("DELETE", "Oprettet ved en fejl", "ACTIVE", null),
                        new DialogueChange("UNDELETE", "Oprettet ved en fejl", null, "ACTIVE"));
    }

    @Test
    void everyStatusAndDeadlineChangeOfFourteenIsAuditedToo() {
        Dialogue active = saved(DialogueStatus.ACTIVE, null, null);
        Instant later = DialogueTests.DEADLINE.plus(Duration.ofDays(3));

        active.postpone(later, "Flere spørgsmål", List.of(), NOW);
        active.cancel("Projektet er stoppet", List.of(), NOW);

        assertThat(active.pullChanges())
                .containsExactly(
                        new DialogueChange(
                                "DEADLINE", "Flere spørgsmål", DialogueTests.DEADLINE.toString(), later.toString()),
                        new DialogueChange("STATUS", "Projektet er stoppet", "ACTIVE", "CANCELLED"));
        Dialogue due = saved(DialogueStatus.ACTIVE, null, null);
        due.reachDeadline(DialogueTests.DEADLINE.plusSeconds(1));
        assertThat(due.pullChanges())
                .containsExactly(new DialogueChange("STATUS", "deadline-reached", "ACTIVE", "ANSWERED"));
    }

    static SupplierCandidate candidate(UUID answerSet, String status, int answers) {
        return new SupplierCandidate(answerSet, ID, ORG, "Formpipe Software A/S", "12345678", status, answers);
    }

    static Dialogue saved(DialogueStatus status, @Nullable DialogueStatus archivedFrom, @Nullable UUID chosen) {
        return new Dialogue(
                ID,
                "0710",
                "MUNICIPALITY",
                "Favrskov Kommune",
                "ESDH-system",
                "Vi vil købe et ESDH-system",
                "indkoeb@favrskov.example",
                List.of(1, 3),
                true,
                false,
                status,
                DialogueTests.DEADLINE,
                NOW.minus(Duration.ofDays(1)),
                "ida",
                "Ida Indkøber",
                null,
                null,
                null,
                3,
                AnswersVisibility.ON_FINISH,
                chosen,
                chosen == null ? null : NOW,
                chosen == null ? null : "Ida Indkøber",
                archivedFrom,
                archivedFrom == null ? null : NOW,
                null,
                null,
                null);
    }

    private static void assertConflict(Runnable move, String slug) {
        assertThatThrownBy(move::run).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
            assertThat(e.slug()).isEqualTo(slug);
        });
    }
}
