package dk.anskaf.dialogue.invitation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An invited organisation's status in a dialogue, as the purchaser sees it.
 *
 * @param status INVITED, OPENED, ANSWERING, FINISHED or DECLINED (then with {@code declineReason})
 * @param contacts the addresses invited, in order of first invitation
 */
public record SupplierStatus(
        UUID answerSetId,
        UUID organisationId,
        String organisationName,
        String cvr,
        String status,
        List<String> contacts,
        Instant invitedAt,
        int answeredCount,
        int requirementCount,
        @Nullable String declineReason) {}
