package dk.anskaf.dialogue.client;

/** @param message required, at most 5,000 characters, no control characters but line breaks and tabs */
public record ElaborationRequest(String message) {}
