package dk.anskaf.dialogue.client;

import java.util.UUID;

/** The answer set to choose, or null to clear the choice ({@link DialogueClient#chooseSupplier}). */
public record SupplierChoiceInput(UUID answerSetId) {}
