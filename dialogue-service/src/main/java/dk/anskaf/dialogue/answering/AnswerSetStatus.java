package dk.anskaf.dialogue.answering;

/**
 * An organisation's status in a dialogue (Inviteret, Åbnet, Besvarer, Afsluttet, Ønsker ikke at svare, and
 * Uddybning krævet while the purchaser has asked a finished organisation for more).
 */
public enum AnswerSetStatus {
    INVITED,
    OPENED,
    ANSWERING,
    FINISHED,
    DECLINED,
    ELABORATION_REQUESTED;

    /** Finished and declined are final: the set is locked. */
    boolean closed() {
        return this == FINISHED || this == DECLINED;
    }
}
