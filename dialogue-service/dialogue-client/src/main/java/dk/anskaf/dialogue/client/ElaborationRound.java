package dk.anskaf.dialogue.client;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One elaboration round: the purchaser's message, and when the supplier sent its answers back with what
 * it changed (empty until then).
 */
public record ElaborationRound(
        int round,
        String message,
        String requestedByName,
        OffsetDateTime requestedAt,
        OffsetDateTime sentBackAt,
        String sentBackBy,
        List<Change> changes) {

    /** One answer changed in the round. */
    public record Change(
            long requirementId, String oldChoice, String newChoice, String oldElaboration, String newElaboration) {}
}
