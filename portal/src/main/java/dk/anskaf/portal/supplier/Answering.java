package dk.anskaf.portal.supplier;

import dk.anskaf.dialogue.client.DialogueClient.SupplierDialogue;
import org.jspecify.annotations.Nullable;

/**
 * Whether the organisation can still change its answers (DOMAIN.md §5.9.7: only while the dialogue is
 * Aktiv, before the deadline, and before it finished or declined), and if not, why: the message key the
 * pages show ({@code supplier.closed.<reason>}). The service decides for real; this only spares the user
 * a form that would be refused.
 *
 * @param closedReason null while open; else {@code finished}, {@code declined}, {@code deadline} or {@code
 *     closed} (the dialogue is no longer Aktiv)
 */
public record Answering(@Nullable String closedReason) {

    public static Answering of(SupplierDialogue dialogue, SupplierTime time) {
        if ("FINISHED".equals(dialogue.status())) {
            return new Answering("finished");
        }
        if ("DECLINED".equals(dialogue.status())) {
            return new Answering("declined");
        }
        if (!"ACTIVE".equals(dialogue.dialogueStatus())) {
            return new Answering("closed");
        }
        if (time.passed(dialogue.deadline())) {
            return new Answering("deadline");
        }
        return new Answering(null);
    }

    public boolean open() {
        return closedReason == null;
    }
}
