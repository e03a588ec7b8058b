package dk.anskaf.dialogue.client;

/** "Stil et spørgsmål": @param requirementId null for the dialogue as a whole; @param text 3–5000 characters */
public record NewQuestion(Long requirementId, String text) {}
