package dk.anskaf.dialogue.supplier;

/** The dialogue event stream (docs/events.md, "Market dialogue events"): keyed by dialogue id. */
public final class DialogueEventTopics {

    public static final String DIALOGUES = "anskaf.dialogue.dialogues";
    public static final String SUPPLIER_INVITED = "dk.anskaf.dialogue.supplier-invited.v1";
    public static final String SUPPLIER_FINISHED = "dk.anskaf.dialogue.supplier-finished.v1";
    public static final String SUPPLIER_DECLINED = "dk.anskaf.dialogue.supplier-declined.v1";

    // Review and elaboration (issue #15, part "review")
    public static final String ELABORATION_REQUESTED = "dk.anskaf.dialogue.elaboration-requested.v1";
    public static final String ELABORATION_SENT = "dk.anskaf.dialogue.elaboration-sent.v1";

    private DialogueEventTopics() {}
}
