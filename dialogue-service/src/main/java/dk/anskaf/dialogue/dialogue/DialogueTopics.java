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

    private DialogueTopics() {}
}
