package dk.anskaf.dialogue.client;

import java.time.OffsetDateTime;

/**
 * The purchaser's "Status og bemærkning" on one answer.
 *
 * @param status NONE (Ingen), ACCEPTED (Accepteret), ACCEPTED_WITH_COMMENT (Accepteret med kommentar),
 *     REJECTED (Afvist) or ELABORATION_NEEDED (Uddybelse nødvendig)
 * @param version 0 until first reviewed; the {@code If-Match} of the next change
 */
public record AnswerReview(
        String status, String comment, String reviewedByName, OffsetDateTime reviewedAt, int version) {}
