package dk.anskaf.dialogue.answering;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dk.anskaf.dialogue.supplier.DialogueEventTopics;
import dk.anskaf.dialogue.supplier.DialogueFacts;
import dk.anskaf.platform.events.DomainEvent;
import dk.anskaf.platform.tenancy.TenantId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The elaboration loop's events (docs/events.md, "Review and elaboration"), on the dialogue stream and for
 * the dialogue's owning municipality; {@code owner} is not in the JSON (the CloudEvent carries it).
 */
public final class ElaborationEvents {

    static final String ANSWERED = "ANSWERED";

    private ElaborationEvents() {}

    /** A round may be asked for and answered while the dialogue is Aktiv or Besvaret, whatever the deadline. */
    static boolean dialogueAllowsRound(DialogueFacts dialogue) {
        return DialogueFacts.ACTIVE.equals(dialogue.status()) || ANSWERED.equals(dialogue.status());
    }

    /** An event of one dialogue's stream, keyed by the dialogue and sent for its owning municipality. */
    interface OnDialogueStream extends DomainEvent {
        long dialogueId();

        TenantId owner();

        @Override
        default String topic() {
            return DialogueEventTopics.DIALOGUES;
        }

        @Override
        default String key() {
            return String.valueOf(dialogueId());
        }

        @Override
        default Optional<TenantId> tenant() {
            return Optional.of(owner());
        }
    }

    /**
     * {@code elaboration-requested.v1}: the purchaser asked the organisation for more; {@code message} as
     * typed (untrusted), {@code supplierEmails} the addresses the organisation was invited by.
     */
    public record Requested(
            long dialogueId,
            String title,
            String customerName,
            String contactEmail,
            UUID answerSetId,
            UUID organisationId,
            String organisationName,
            int round,
            String message,
            List<String> supplierEmails,
            @JsonIgnore TenantId owner)
            implements OnDialogueStream {

        @Override
        public String type() {
            return DialogueEventTopics.ELABORATION_REQUESTED;
        }
    }

    /** {@code elaboration-sent.v1}: the organisation sent its set back; {@code changedCount} answers changed. */
    public record Sent(
            long dialogueId,
            String title,
            String contactEmail,
            UUID answerSetId,
            UUID organisationId,
            String organisationName,
            int round,
            int changedCount,
            @JsonIgnore TenantId owner)
            implements OnDialogueStream {

        @Override
        public String type() {
            return DialogueEventTopics.ELABORATION_SENT;
        }
    }
}
