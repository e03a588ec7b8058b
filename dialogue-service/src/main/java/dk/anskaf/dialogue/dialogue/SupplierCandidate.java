package dk.anskaf.dialogue.dialogue;

import java.util.UUID;

/**
 * An invited organisation as "Vælg leverandør" weighs it: its answer set in this dialogue, its status and how
 * many requirements it answered ({@link DialogueLifecycle} reads it; {@link Dialogue#chooseSupplier} judges).
 */
record SupplierCandidate(
        UUID answerSetId,
        long dialogueId,
        UUID organisationId,
        String organisationName,
        String cvr,
        String status,
        int answerCount) {

    /**
     * Answered, for the choice: finished; or, once the deadline closed the dialogue, at least one answer
     * (a supplier that ran out of time still said something worth choosing). Never declined, and not while
     * the purchaser waits for an elaboration.
     */
    boolean answered() {
        return "FINISHED".equals(status)
                || (answerCount > 0 && !"DECLINED".equals(status) && !"ELABORATION_REQUESTED".equals(status));
    }
}
