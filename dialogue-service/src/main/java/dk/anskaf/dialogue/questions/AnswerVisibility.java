package dk.anskaf.dialogue.questions;

/** Who reads an answer: only the asking organisation, or every invited one (without the asker's name). */
public enum AnswerVisibility {
    PRIVATE,
    PUBLISHED
}
