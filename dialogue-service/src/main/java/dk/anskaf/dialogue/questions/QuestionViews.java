package dk.anskaf.dialogue.questions;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The shapes of the questions API (dialogue-client's records of the same names). */
final class QuestionViews {

    private QuestionViews() {}

    /**
     * A question as the owning municipality reads it, with who asked.
     *
     * @param requirementLabel "1042 Gendannelse af data", or null for the dialogue as a whole
     * @param visibility null while unanswered, else PRIVATE or PUBLISHED
     */
    record PurchaserQuestion(
            UUID id,
            @Nullable Long requirementId,
            @Nullable String requirementLabel,
            UUID organisationId,
            String organisationName,
            String askedBy,
            @Nullable String askedByName,
            String text,
            OffsetDateTime askedAt,
            @Nullable String visibility,
            @Nullable String answerText,
            @Nullable OffsetDateTime answeredAt,
            @Nullable String answeredByName,
            @Nullable OffsetDateTime publishedAt) {}

    /** A question of the caller's own organisation, with its answer if any (visibility as above). */
    record OwnQuestion(
            UUID id,
            @Nullable Long requirementId,
            @Nullable String requirementLabel,
            String text,
            OffsetDateTime askedAt,
            @Nullable String visibility,
            @Nullable String answerText,
            @Nullable OffsetDateTime answeredAt) {}

    /** A published answer to another organisation's question: never who asked. */
    record PublishedAnswer(
            UUID questionId,
            @Nullable Long requirementId,
            @Nullable String requirementLabel,
            String questionText,
            String answerText,
            OffsetDateTime publishedAt) {}

    /** The supplier's page: its own questions, and the answers published to everyone from others' questions. */
    record SupplierQuestions(List<OwnQuestion> own, List<PublishedAnswer> published) {}

    /** "Stil et spørgsmål". @param requirementId null for the dialogue as a whole */
    record NewQuestion(
            @Nullable Long requirementId, @Nullable String text) {}

    /** "Besvar". @param visibility PRIVATE or PUBLISHED */
    record AnswerInput(@Nullable String answer, @Nullable String visibility) {}
}
