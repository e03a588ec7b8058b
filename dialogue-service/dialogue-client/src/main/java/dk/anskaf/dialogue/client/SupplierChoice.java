package dk.anskaf.dialogue.client;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * "Vælg leverandør" ({@link DialogueClient#supplierChoice}): the current choice, or null, and every invited
 * organisation; {@code answered} marks those that may be chosen (finished, or answered something before the
 * deadline closed the dialogue; never declined or awaiting an elaboration).
 *
 * @param version the dialogue's, for {@code If-Match}
 */
public record SupplierChoice(Chosen chosen, List<Candidate> candidates, int version) {

    public record Chosen(
            UUID answerSetId,
            UUID organisationId,
            String organisationName,
            String cvr,
            OffsetDateTime chosenAt,
            String chosenByName) {}

    /** @param status the answer set's: INVITED, OPENED, ANSWERING, FINISHED, DECLINED, ELABORATION_REQUESTED */
    public record Candidate(
            UUID answerSetId,
            UUID organisationId,
            String organisationName,
            String cvr,
            String status,
            int answerCount,
            boolean answered) {}
}
