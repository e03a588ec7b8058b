package dk.anskaf.dialogue.client;

/** @param comment required for ACCEPTED_WITH_COMMENT and ELABORATION_NEEDED; at most 5,000 characters */
public record ReviewInput(String status, String comment) {}
