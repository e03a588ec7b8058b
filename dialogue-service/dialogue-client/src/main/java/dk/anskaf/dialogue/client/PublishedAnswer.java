package dk.anskaf.dialogue.client;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An answer the municipality published to every supplier, to another organisation's question: never who asked. */
public record PublishedAnswer(
        UUID questionId,
        Long requirementId,
        String requirementLabel,
        String questionText,
        String answerText,
        OffsetDateTime publishedAt) {}
