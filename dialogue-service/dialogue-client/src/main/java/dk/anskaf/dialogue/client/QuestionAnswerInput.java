package dk.anskaf.dialogue.client;

/** "Besvar": @param answer 1–10000 characters; @param visibility PRIVATE or PUBLISHED */
public record QuestionAnswerInput(String answer, String visibility) {}
