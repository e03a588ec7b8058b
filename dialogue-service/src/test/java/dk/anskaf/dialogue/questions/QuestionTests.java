package dk.anskaf.dialogue.questions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.anskaf.platform.errors.DomainException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The Question aggregate's rules without a database: texts, transitions and which ones are mailed. */
class QuestionTests {

    static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    static final Question.Mailing MAILING = new Question.Mailing(
            "ESDH-system",
            "indkoeb@favrskov.example",
            "Favrskov Kommune",
            "1042 Gendannelse af data",
            to -> to == AnswerVisibility.PRIVATE
                    ? List.of("a@spoerger.example")
                    : List.of("a@spoerger.example", "b@x.example"));

    @Test
    void askingChecksTheTextAndRecordsTheQuestionForTheContact() {
        assertRefusedOn("text", () -> ask("  Hi  "));
        assertRefusedOn("text", () -> ask("Med \u001b[31m escape"));
        assertRefusedOn("text", () -> ask("x".repeat(5001)));
        assertThat(ask("æøå").pullEvents()).hasSize(1);

        Question question = ask("  Flere linjer\nmed\ttab  ");
        SupplierQuestionAsked event =
                (SupplierQuestionAsked) question.pullEvents().getFirst();
        assertThat(event.text()).isEqualTo("Flere linjer\nmed\ttab");
        assertThat(event.organisationName()).isEqualTo("Spørger A/S");
        assertThat(event.owner().value()).isEqualTo("0710");
    }

    @Test
    void aFirstAnswerAndAPublicationAreMailedAnEditIsNotAndPublishedNeverBecomesPrivate() {
        Question question = ask("Et spørgsmål");
        question.pullEvents();

        assertThat(question.answer("Privat svar", AnswerVisibility.PRIVATE, "Ida", NOW, MAILING))
                .isEqualTo(Question.Change.ANSWERED);
        QuestionAnswered first = (QuestionAnswered) question.pullEvents().getFirst();
        assertThat(first.supplierEmails()).containsExactly("a@spoerger.example");
        assertThat(first.visibility()).isEqualTo("PRIVATE");

        assertThat(question.answer("Privat svar", AnswerVisibility.PRIVATE, "Ida", NOW, MAILING))
                .isEqualTo(Question.Change.UNCHANGED);
        assertThat(question.answer("Rettet svar", AnswerVisibility.PRIVATE, "Ida", NOW, MAILING))
                .isEqualTo(Question.Change.EDITED);
        assertThat(question.pullEvents()).isEmpty();

        assertThat(question.answer("Rettet svar", AnswerVisibility.PUBLISHED, "Ida", NOW, MAILING))
                .isEqualTo(Question.Change.PUBLISHED);
        QuestionAnswered published = (QuestionAnswered) question.pullEvents().getFirst();
        assertThat(published.supplierEmails()).containsExactly("a@spoerger.example", "b@x.example");

        assertThatThrownBy(() -> question.answer("Igen privat", AnswerVisibility.PRIVATE, "Ida", NOW, MAILING))
                .isInstanceOf(QuestionsRefused.AlreadyPublished.class);
        assertRefusedOn("answer", () -> question.answer(" ", AnswerVisibility.PUBLISHED, "Ida", NOW, MAILING));
        assertThat(question.visibility()).isEqualTo(AnswerVisibility.PUBLISHED);
        assertThat(question.answerText()).isEqualTo("Rettet svar");
    }

    private static Question ask(String text) {
        return Question.ask(
                new Question.Asked(
                        "0710",
                        676,
                        "ESDH-system",
                        "indkoeb@favrskov.example",
                        42L,
                        "1042 Gendannelse af data",
                        UUID.randomUUID(),
                        "Spørger A/S",
                        "a@spoerger.example",
                        null,
                        text),
                NOW);
    }

    private static void assertRefusedOn(String field, org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call)
                .isInstanceOf(QuestionsRefused.Invalid.class)
                .extracting(e -> ((DomainException) e).field())
                .isEqualTo(field);
    }
}
