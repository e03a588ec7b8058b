package dk.anskaf.dialogue.client;

/**
 * The customer's status and comment on one of the supplier's answers, shown to the supplier during an
 * elaboration round (null otherwise).
 *
 * @param status NONE, ACCEPTED, ACCEPTED_WITH_COMMENT, REJECTED or ELABORATION_NEEDED
 */
public record ReviewNote(String status, String comment) {}
