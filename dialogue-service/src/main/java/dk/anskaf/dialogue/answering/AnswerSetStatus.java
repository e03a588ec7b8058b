package dk.anskaf.dialogue.answering;

/** An organisation's status in a dialogue (Inviteret, Åbnet, Besvarer, Afsluttet, Ønsker ikke at svare). */
public enum AnswerSetStatus {
    INVITED,
    OPENED,
    ANSWERING,
    FINISHED,
    DECLINED;

    /** Finished and declined are final: the set is locked. */
    boolean closed() {
        return this == FINISHED || this == DECLINED;
    }
}
