package dk.anskaf.dialogue.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.anskaf.platform.errors.DomainException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The answers-visibility setting: chosen on creation and in Udkast, frozen at activation (§5.10). */
class AnswersVisibilityTests {

    static final Instant NOW = DialogueTests.NOW;

    @Test
    void whenNotChosenThenAnswersAreVisibleAsEachSupplierFinishes() {
        Dialogue dialogue =
                Dialogue.create(DialogueTests.FIELDS, "0710", "Favrskov Kommune", "ida", "Ida Indkøber", NOW);

        assertThat(dialogue.answersVisibility()).isEqualTo(AnswersVisibility.ON_FINISH);
    }

    @Test
    void whenChosenOnCreationOrChangedInUdkastThenItIsKeptAndAnUpdateWithoutItKeepsIt() {
        Dialogue dialogue = Dialogue.create(
                fields(AnswersVisibility.AFTER_DEADLINE), "0710", "Favrskov Kommune", "ida", "Ida Indkøber", NOW);
        assertThat(dialogue.answersVisibility()).isEqualTo(AnswersVisibility.AFTER_DEADLINE);

        dialogue.update(DialogueTests.FIELDS);
        assertThat(dialogue.answersVisibility()).isEqualTo(AnswersVisibility.AFTER_DEADLINE);

        dialogue.update(fields(AnswersVisibility.ON_FINISH));
        assertThat(dialogue.answersVisibility()).isEqualTo(AnswersVisibility.ON_FINISH);
    }

    @Test
    void whenActiveOrAnsweredThenChangingItIsRefusedAndSendingItUnchangedIsFine() {
        for (DialogueStatus status : List.of(DialogueStatus.ACTIVE, DialogueStatus.ANSWERED)) {
            Dialogue dialogue = DialogueTests.saved(status, DialogueTests.DEADLINE);

            assertThatThrownBy(() -> dialogue.update(fields(AnswersVisibility.AFTER_DEADLINE)))
                    .isInstanceOfSatisfying(
                            DomainException.class, e -> assertThat(e.slug()).isEqualTo("dialogue-frozen"));
            dialogue.update(fields(AnswersVisibility.ON_FINISH));
            assertThat(dialogue.answersVisibility()).isEqualTo(AnswersVisibility.ON_FINISH);
        }
    }

    private static Dialogue.Fields fields(AnswersVisibility visibility) {
        Dialogue.Fields f = DialogueTests.FIELDS;
        return new Dialogue.Fields(
                f.title(),
                f.description(),
                f.contactEmail(),
                f.domainIds(),
                f.prioritiesVisible(),
                f.pricesRequested(),
                visibility);
    }
}
