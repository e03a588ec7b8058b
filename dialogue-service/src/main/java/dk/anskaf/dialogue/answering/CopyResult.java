package dk.anskaf.dialogue.answering;

/** @param markedChanged of those copied, how many had a different requirement text in the source dialogue */
public record CopyResult(int copied, int markedChanged) {}
