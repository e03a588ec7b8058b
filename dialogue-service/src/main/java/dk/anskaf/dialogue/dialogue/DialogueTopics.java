package dk.anskaf.dialogue.dialogue;

/** The dialogue event stream and the types the purchaser's side publishes (docs/events.md). */
public final class DialogueTopics {

    public static final String DIALOGUES = "anskaf.dialogue.dialogues";
    public static final String CREATED = "dk.anskaf.dialogue.dialogue-created.v1";
    public static final String ACTIVATED = "dk.anskaf.dialogue.dialogue-activated.v1";
    public static final String DEADLINE_CHANGED = "dk.anskaf.dialogue.dialogue-deadline-changed.v1";
    public static final String CANCELLED = "dk.anskaf.dialogue.dialogue-cancelled.v1";
    public static final String DEADLINE_REACHED = "dk.anskaf.dialogue.dialogue-deadline-reached.v1";
    public static final String ALL_ANSWERED = "dk.anskaf.dialogue.dialogue-all-answered.v1";

    // Lifecycle (#15)
    public static final String SUPPLIER_CHOSEN = "dk.anskaf.dialogue.supplier-chosen.v1";
    public static final String ARCHIVED = "dk.anskaf.dialogue.dialogue-archived.v1";
    public static final String RESTORED = "dk.anskaf.dialogue.dialogue-restored.v1";
    public static final String DELETED = "dk.anskaf.dialogue.dialogue-deleted.v1";
    public static final String UNDELETED = "dk.anskaf.dialogue.dialogue-undeleted.v1";

    private DialogueTopics() {}
}
