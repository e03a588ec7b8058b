package dk.anskaf.portal.supplier;

import dk.anskaf.dialogue.client.DialogueClient.SupplierDialogue;
import org.jspecify.annotations.Nullable;

/**
 * Whether the organisation can still change its answers (DOMAIN.md §5.9.7: only while the dialogue is
 * Aktiv, before the deadline, and before it finished or declined), and if not, why: the message key the
 * pages show ({@code supplier.closed.<reason>}). The service decides for real; this only spares the user
 * a form that would be refused.
 *
 * <p>An elaboration round (§5.10, "Uddybning krævet") is neither: the set is not open for the whole
 * answering (operating model, IT system, finish), but choice and elaboration of each answer may change,
 * whatever the deadline, while the dialogue is Aktiv or Besvaret.
 *
 * @param closedReason null while open; else {@code finished}, {@code declined}, {@code deadline}, {@code
 *     closed} (the dialogue is no longer Aktiv) or {@code elaboration} (an elaboration round)
 * @param elaborationRound the customer asked for elaboration and the round is open
 */
public record Answering(@Nullable String closedReason, boolean elaborationRound) {

    public static Answering of(SupplierDialogue dialogue, SupplierTime time) {
        if ("ELABORATION_REQUESTED".equals(dialogue.status())) {
            boolean allowed =
                    "ACTIVE".equals(dialogue.dialogueStatus()) || "ANSWERED".equals(dialogue.dialogueStatus());
            return new Answering(allowed ? "elaboration" : "closed", allowed);
        }
        if ("FINISHED".equals(dialogue.status())) {
            return closed("finished");
        }
        if ("DECLINED".equals(dialogue.status())) {
            return closed("declined");
        }
        if (!"ACTIVE".equals(dialogue.dialogueStatus())) {
            return closed("closed");
        }
        if (time.passed(dialogue.deadline())) {
            return closed("deadline");
        }
        return new Answering(null, false);
    }

    private static Answering closed(String reason) {
        return new Answering(reason, false);
    }

    public boolean open() {
        return closedReason == null;
    }

    /** Whether an answer's choice and elaboration may be changed now (open, or in an elaboration round). */
    public boolean editable() {
        return open() || elaborationRound;
    }
}
