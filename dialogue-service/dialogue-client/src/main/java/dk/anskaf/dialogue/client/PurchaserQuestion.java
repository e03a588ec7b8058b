package dk.anskaf.dialogue.client;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A supplier's question as the owning municipality reads it, with who asked.
 *
 * @param requirementId null for a question about the dialogue as a whole
 * @param requirementLabel "1042 Gendannelse af data" (krav id and name), null with requirementId
 * @param visibility null while unanswered, else PRIVATE (only the asking organisation) or PUBLISHED (every
 *     invited supplier, without the asker's name)
 */
public record PurchaserQuestion(
        UUID id,
        Long requirementId,
        String requirementLabel,
        UUID organisationId,
        String organisationName,
        String askedBy,
        String askedByName,
        String text,
        OffsetDateTime askedAt,
        String visibility,
        String answerText,
        OffsetDateTime answeredAt,
        String answeredByName,
        OffsetDateTime publishedAt) {

    public boolean answered() {
        return visibility != null;
    }
}
