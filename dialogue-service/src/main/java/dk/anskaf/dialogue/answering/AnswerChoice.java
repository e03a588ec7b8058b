package dk.anskaf.dialogue.answering;

/**
 * "Kan jeres løsning imødekomme kravet?" (DOMAIN.md §5.9.3): Ja, Ja som et tilkøb, Ja delvist, Nej, Ikke
 * relevant. "Ved ikke" belongs to the guided questionnaire, never to a supplier's answer.
 */
public enum AnswerChoice {
    JA,
    JA_TILKOEB,
    JA_DELVIST,
    NEJ,
    IKKE_RELEVANT
}
