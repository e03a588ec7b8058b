package dk.anskaf.dialogue.client;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A row of Besvarelser.
 *
 * @param status INVITED, OPENED, ANSWERING, FINISHED, DECLINED or ELABORATION_REQUESTED (Uddybning krævet)
 * @param visible whether the purchaser may read the answers now
 * @param hiddenReason null when visible; DECLINED, NOT_FINISHED or AFTER_DEADLINE (the dialogue shows
 *     answers only once Besvaret)
 */
public record AnswerSetOverview(
        UUID answerSetId,
        UUID organisationId,
        String organisationName,
        String cvr,
        OffsetDateTime invitedAt,
        String status,
        int answeredCount,
        int requirementCount,
        boolean visible,
        String hiddenReason) {}
