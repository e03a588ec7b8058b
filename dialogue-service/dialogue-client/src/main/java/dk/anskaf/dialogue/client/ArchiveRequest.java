package dk.anskaf.dialogue.client;

/** {@code confirmNoSupplier}: archive a Besvaret dialogue although no supplier was chosen. */
public record ArchiveRequest(boolean confirmNoSupplier) {}
