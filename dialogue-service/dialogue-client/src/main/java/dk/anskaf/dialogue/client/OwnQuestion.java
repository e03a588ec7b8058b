package dk.anskaf.dialogue.client;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One of the caller organisation's questions; visibility and answer null while unanswered (see {@link PurchaserQuestion}). */
public record OwnQuestion(
        UUID id,
        Long requirementId,
        String requirementLabel,
        String text,
        OffsetDateTime askedAt,
        String visibility,
        String answerText,
        OffsetDateTime answeredAt) {}
