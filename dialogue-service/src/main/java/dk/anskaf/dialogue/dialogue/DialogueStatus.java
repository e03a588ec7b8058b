package dk.anskaf.dialogue.dialogue;

/** A dialogue's state (DOMAIN.md §5.2); the names are the database's and the API's values. */
public enum DialogueStatus {
    /** Udkast: the purchaser chooses and edits requirements; no supplier sees it. */
    DRAFT,
    /** Aktiv: the requirement set is frozen, suppliers answer until the deadline. */
    ACTIVE,
    /** Besvaret: the deadline passed or every supplier finished or declined. */
    ANSWERED,
    /** Arkiveret. */
    ARCHIVED,
    /** Annulleret, with a reason. */
    CANCELLED
}
