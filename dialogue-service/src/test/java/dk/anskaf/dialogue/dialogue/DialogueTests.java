package dk.anskaf.dialogue.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.anskaf.platform.errors.DomainException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every legal and illegal move of a dialogue (DOMAIN.md §5.2, §5.11), without Spring or a database. */
class DialogueTests {

    static final Instant NOW = Instant.parse("2026-11-27T10:15:30Z");
    static final Instant DEADLINE = NOW.plus(Duration.ofDays(14));
    static final Dialogue.Fields FIELDS = new Dialogue.Fields(
            "ESDH-system", "Vi vil købe et ESDH-system", "indkoeb@favrskov.example", List.of(3, 1), true, false);

    @Test
    void whenCreatedThenItIsADraftOfTheMunicipalityAndTheCreationIsRecorded() {
        Dialogue dialogue = Dialogue.create(FIELDS, "0710", "Favrskov Kommune", "ida", "Ida Indkøber", NOW);

        assertThat(dialogue.status()).isEqualTo(DialogueStatus.DRAFT);
        assertThat(dialogue.tenantId()).isEqualTo("0710");
        assertThat(dialogue.domainIds()).containsExactly(1, 3);
        assertThat(dialogue.deadline()).isNull();
        // Events are built after the save, when the database has given the id.
        assertThat(pull(dialogue, 676))
                .containsExactly(new DialogueEvents.Created(
                        676,
                        "ESDH-system",
                        "Favrskov Kommune",
                        "indkoeb@favrskov.example",
                        "Ida Indkøber",
                        NOW.atOffset(ZoneOffset.UTC)));
    }

    @Test
    void whenAFieldBreaksARuleThenCreationIsRefusedNamingIt() {
        assertRefused(
                () -> Dialogue.create(withTitle(" Kort"), "0710", "F", "ida", "Ida", NOW),
                "title",
                "dialogue-title-length");
        assertRefused(
                () -> Dialogue.create(
                        new Dialogue.Fields("ESDH-system", "abc", "a@b.dk", List.of(1), true, false),
                        "0710",
                        "F",
                        "ida",
                        "Ida",
                        NOW),
                "description",
                "dialogue-description-length");
        assertRefused(
                () -> Dialogue.create(
                        new Dialogue.Fields("ESDH-system", "Beskrivelse", "ikke en adresse", List.of(1), true, false),
                        "0710",
                        "F",
                        "ida",
                        "Ida",
                        NOW),
                "contactEmail",
                "dialogue-contact-email");
        assertRefused(
                () -> Dialogue.create(
                        new Dialogue.Fields("ESDH-system", "Beskrivelse", "a@b.dk", List.of(), true, false),
                        "0710",
                        "F",
                        "ida",
                        "Ida",
                        NOW),
                "domainIds",
                "dialogue-domains");
    }

    @Test
    void whenDraftThenEveryFieldChanges() {
        Dialogue dialogue = saved(DialogueStatus.DRAFT, null);

        dialogue.update(
                new Dialogue.Fields("Nyt ESDH", "Ny beskrivelse", "ny@favrskov.example", List.of(7), false, true));

        assertThat(dialogue.title()).isEqualTo("Nyt ESDH");
        assertThat(dialogue.domainIds()).containsExactly(7);
        assertThat(dialogue.prioritiesVisible()).isFalse();
        assertThat(dialogue.pricesRequested()).isTrue();
        assertThat(dialogue.contactEmail()).isEqualTo("ny@favrskov.example");
    }

    @Test
    void whenActiveOrAnsweredThenOnlyTheContactEmailChanges() {
        for (DialogueStatus status : List.of(DialogueStatus.ACTIVE, DialogueStatus.ANSWERED)) {
            Dialogue dialogue = saved(status, DEADLINE);

            dialogue.update(new Dialogue.Fields(
                    FIELDS.title(), FIELDS.description(), "ny@favrskov.example", FIELDS.domainIds(), true, false));

            assertThat(dialogue.contactEmail()).isEqualTo("ny@favrskov.example");
            assertConflict(() -> dialogue.update(withTitle("Et andet navn")), "dialogue-frozen");
            assertThat(dialogue.title()).isEqualTo("ESDH-system");
        }
    }

    @Test
    void whenCancelledOrArchivedThenNothingChanges() {
        for (DialogueStatus status : List.of(DialogueStatus.CANCELLED, DialogueStatus.ARCHIVED)) {
            Dialogue dialogue = saved(status, NOW);

            assertConflict(() -> dialogue.update(FIELDS), "dialogue-closed");
        }
    }

    @Test
    void whenActivatedWithRequirementsAndAFutureDeadlineThenItIsActiveAndRecorded() {
        Dialogue dialogue = saved(DialogueStatus.DRAFT, null);

        dialogue.activate(DEADLINE, 68, NOW);

        assertThat(dialogue.status()).isEqualTo(DialogueStatus.ACTIVE);
        assertThat(dialogue.deadline()).isEqualTo(DEADLINE);
        assertThat(dialogue.activatedAt()).isEqualTo(NOW);
        assertThat(dialogue.pullEvents())
                .containsExactly(new DialogueEvents.Activated(
                        676, "ESDH-system", "indkoeb@favrskov.example", DEADLINE.atOffset(ZoneOffset.UTC), 68));
    }

    @Test
    void whenDeadlineMissingThenActivationIsRefused() {
        Dialogue dialogue = saved(DialogueStatus.DRAFT, null);

        assertRefused(() -> dialogue.activate(null, 5, NOW), "deadline", "deadline-missing");
        assertRefused(() -> dialogue.activate(NOW, 5, NOW), "deadline", "deadline-in-past");
        assertRefused(() -> dialogue.activate(NOW.minusSeconds(60), 5, NOW), "deadline", "deadline-in-past");
        assertConflict(() -> dialogue.activate(DEADLINE, 0, NOW), "dialogue-without-requirements");
        assertThat(dialogue.status()).isEqualTo(DialogueStatus.DRAFT);
        assertThat(dialogue.pullEvents()).isEmpty();
    }

    @Test
    void whenNotDraftThenActivationAndRequirementChangesAreRefused() {
        for (DialogueStatus status : List.of(
                DialogueStatus.ACTIVE, DialogueStatus.ANSWERED, DialogueStatus.CANCELLED, DialogueStatus.ARCHIVED)) {
            Dialogue dialogue = saved(status, DEADLINE);

            assertConflict(() -> dialogue.activate(DEADLINE.plusSeconds(60), 3, NOW), "dialogue-not-draft");
            assertConflict(dialogue::requireDraft, "dialogue-not-draft");
        }
    }

    @Test
    void whenPostponedWhileActiveThenTheDeadlineMovesWithTheReason() {
        Dialogue dialogue = saved(DialogueStatus.ACTIVE, DEADLINE);
        Instant later = DEADLINE.plus(Duration.ofDays(21));

        dialogue.postpone(later, " Julen ", List.of("salg@formpipe.example"), NOW);

        assertThat(dialogue.status()).isEqualTo(DialogueStatus.ACTIVE);
        assertThat(dialogue.deadline()).isEqualTo(later);
        assertThat(dialogue.pullEvents())
                .containsExactly(new DialogueEvents.DeadlineChanged(
                        676,
                        "ESDH-system",
                        "indkoeb@favrskov.example",
                        utc(DEADLINE),
                        utc(later),
                        "Julen",
                        false,
                        List.of("salg@formpipe.example")));
    }

    @Test
    void whenPostponedWhileAnsweredThenItReopens() {
        Instant passed = NOW.minusSeconds(3600);
        Dialogue dialogue = saved(DialogueStatus.ANSWERED, passed);

        dialogue.postpone(DEADLINE, "Flere leverandører", List.of(), NOW);

        assertThat(dialogue.status()).isEqualTo(DialogueStatus.ACTIVE);
        assertThat(dialogue.closedAt()).isNull();
        assertThat(((DialogueEvents.DeadlineChanged) dialogue.pullEvents().getFirst()).reopened())
                .isTrue();
    }

    @Test
    void whenAPostponementBreaksARuleThenItIsRefusedAndNothingChanges() {
        Dialogue dialogue = saved(DialogueStatus.ACTIVE, DEADLINE);

        assertRefused(() -> dialogue.postpone(null, "Julen", List.of(), NOW), "deadline", "deadline-missing");
        assertRefused(
                () -> dialogue.postpone(DEADLINE.minusSeconds(60), "Julen", List.of(), NOW),
                "deadline",
                "deadline-not-later");
        assertRefused(() -> dialogue.postpone(DEADLINE, "Julen", List.of(), NOW), "deadline", "deadline-not-later");
        assertRefused(
                () -> dialogue.postpone(DEADLINE.plusSeconds(60), "  ", List.of(), NOW), "reason", "reason-missing");
        // An answered dialogue whose deadline has passed still needs a future one.
        Dialogue answered = saved(DialogueStatus.ANSWERED, NOW.minusSeconds(7200));
        assertRefused(
                () -> answered.postpone(NOW.minusSeconds(60), "Julen", List.of(), NOW), "deadline", "deadline-in-past");
        for (DialogueStatus status : List.of(DialogueStatus.DRAFT, DialogueStatus.CANCELLED, DialogueStatus.ARCHIVED)) {
            assertConflict(() -> saved(status, NOW).postpone(DEADLINE, "Julen", List.of(), NOW), "dialogue-not-active");
        }
        assertThat(dialogue.deadline()).isEqualTo(DEADLINE);
        assertThat(dialogue.pullEvents()).isEmpty();
    }

    @Test
    void whenCancelledFromDraftOrActiveThenTheDeadlineIsNowAndTheReasonKept() {
        for (DialogueStatus status : List.of(DialogueStatus.DRAFT, DialogueStatus.ACTIVE)) {
            Dialogue dialogue = saved(status, status == DialogueStatus.DRAFT ? null : DEADLINE);

            dialogue.cancel("Projektet er udskudt", List.of("salg@formpipe.example"), NOW);

            assertThat(dialogue.status()).isEqualTo(DialogueStatus.CANCELLED);
            assertThat(dialogue.deadline()).isEqualTo(NOW);
            assertThat(dialogue.cancelReason()).isEqualTo("Projektet er udskudt");
            assertThat(dialogue.pullEvents())
                    .containsExactly(new DialogueEvents.Cancelled(
                            676,
                            "ESDH-system",
                            "indkoeb@favrskov.example",
                            "Projektet er udskudt",
                            List.of("salg@formpipe.example")));
        }
    }

    @Test
    void whenCancelledWithoutReasonOrFromALaterStateThenItIsRefused() {
        assertRefused(
                () -> saved(DialogueStatus.ACTIVE, DEADLINE).cancel(null, List.of(), NOW), "reason", "reason-missing");
        for (DialogueStatus status :
                List.of(DialogueStatus.ANSWERED, DialogueStatus.CANCELLED, DialogueStatus.ARCHIVED)) {
            assertConflict(() -> saved(status, NOW).cancel("Årsag", List.of(), NOW), "dialogue-not-cancellable");
        }
    }

    @Test
    void whenTheDeadlinePassesThenAnActiveDialogueIsAnsweredOnce() {
        Dialogue dialogue = saved(DialogueStatus.ACTIVE, NOW);

        dialogue.reachDeadline(NOW);

        assertThat(dialogue.status()).isEqualTo(DialogueStatus.ANSWERED);
        assertThat(dialogue.closedAt()).isEqualTo(NOW);
        assertThat(dialogue.pullEvents())
                .containsExactly(
                        new DialogueEvents.DeadlineReached(676, "ESDH-system", "indkoeb@favrskov.example", utc(NOW)));
        assertConflict(() -> dialogue.reachDeadline(NOW), "dialogue-not-active");
    }

    @Test
    void whenTheDeadlineHasNotPassedThenTheJobCannotCloseIt() {
        Dialogue dialogue = saved(DialogueStatus.ACTIVE, NOW.plusSeconds(1));

        assertConflict(() -> dialogue.reachDeadline(NOW), "deadline-not-reached");
        for (DialogueStatus status : List.of(
                DialogueStatus.DRAFT, DialogueStatus.ANSWERED, DialogueStatus.CANCELLED, DialogueStatus.ARCHIVED)) {
            assertConflict(() -> saved(status, NOW.minusSeconds(1)).reachDeadline(NOW), "dialogue-not-active");
        }
    }

    @Test
    void whenEverySupplierIsDoneThenAnActiveDialogueIsAnsweredEarly() {
        Dialogue dialogue = saved(DialogueStatus.ACTIVE, DEADLINE);

        dialogue.allAnswered(NOW);

        assertThat(dialogue.status()).isEqualTo(DialogueStatus.ANSWERED);
        assertThat(dialogue.pullEvents())
                .containsExactly(
                        new DialogueEvents.AllAnswered(676, "ESDH-system", "indkoeb@favrskov.example", utc(DEADLINE)));
        for (DialogueStatus status : List.of(
                DialogueStatus.DRAFT, DialogueStatus.ANSWERED, DialogueStatus.CANCELLED, DialogueStatus.ARCHIVED)) {
            assertConflict(() -> saved(status, DEADLINE).allAnswered(NOW), "dialogue-not-active");
        }
    }

    static Dialogue saved(DialogueStatus status, Instant deadline) {
        return new Dialogue(
                676L,
                "0710",
                "MUNICIPALITY",
                "Favrskov Kommune",
                FIELDS.title(),
                FIELDS.description(),
                FIELDS.contactEmail(),
                List.of(1, 3),
                true,
                false,
                status,
                deadline,
                NOW.minus(Duration.ofDays(1)),
                "ida",
                "Ida Indkøber",
                null,
                null,
                null,
                3,
                AnswersVisibility.ON_FINISH);
    }

    /** What a saved dialogue publishes: the id is set as the repository sets it after the insert. */
    private static List<DialogueEvent> pull(Dialogue dialogue, long id) {
        try {
            var field = Dialogue.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(dialogue, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return dialogue.pullEvents();
    }

    private static Dialogue.Fields withTitle(String title) {
        return new Dialogue.Fields(title, FIELDS.description(), FIELDS.contactEmail(), FIELDS.domainIds(), true, false);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static void assertRefused(Runnable move, String field, String slug) {
        assertThatThrownBy(move::run).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.slug()).isEqualTo(slug);
        });
    }

    private static void assertConflict(Runnable move, String slug) {
        assertThatThrownBy(move::run).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
            assertThat(e.slug()).isEqualTo(slug);
        });
    }
}
