package dk.anskaf.dialogue.client;

import java.util.List;
import java.util.UUID;

/**
 * One supplier's answers as the purchaser reviews them.
 *
 * @param itSystem the offered product, null when none was chosen
 * @param rounds the elaboration rounds, oldest first
 */
public record SupplierAnswers(
        long dialogueId,
        UUID answerSetId,
        String organisationName,
        String status,
        boolean prioritiesVisible,
        boolean pricesRequested,
        OfferedSystem itSystem,
        List<ReviewedAnswer> answers,
        List<ElaborationRound> rounds) {

    /** @param kitosUrl the system's entry in the KITOS catalogue */
    public record OfferedSystem(UUID kitosUuid, String name, String supplierName, String kitosUrl) {}
}
