package dk.anskaf.dialogue.dialogue;

import java.time.OffsetDateTime;
import java.util.List;

/** The data (version 1) of the events the purchaser's dialogue records; docs/events.md has an example of each. */
public final class DialogueEvents {

    private DialogueEvents() {}

    /** A purchaser created a dialogue (Udkast). */
    public record Created(
            long dialogueId,
            String title,
            String ownerName,
            String contactEmail,
            String createdByName,
            OffsetDateTime createdAt)
            implements DialogueEvent {
        @Override
        public String type() {
            return DialogueTopics.CREATED;
        }
    }

    /** Udkast → Aktiv: the set was frozen and the deadline set. */
    public record Activated(
            long dialogueId, String title, String contactEmail, OffsetDateTime deadline, int requirementCount)
            implements DialogueEvent {
        @Override
        public String type() {
            return DialogueTopics.ACTIVATED;
        }
    }

    /** A later deadline; {@code reopened} when a Besvaret dialogue became Aktiv again. */
    public record DeadlineChanged(
            long dialogueId,
            String title,
            String contactEmail,
            OffsetDateTime previousDeadline,
            OffsetDateTime newDeadline,
            String reason,
            boolean reopened,
            List<String> supplierEmails)
            implements DialogueEvent {
        @Override
        public String type() {
            return DialogueTopics.DEADLINE_CHANGED;
        }
    }

    /** Udkast or Aktiv → Annulleret, with the reason every supplier is told. */
    public record Cancelled(
            long dialogueId, String title, String contactEmail, String reason, List<String> supplierEmails)
            implements DialogueEvent {
        @Override
        public String type() {
            return DialogueTopics.CANCELLED;
        }
    }

    /** Aktiv → Besvaret because the deadline passed. */
    public record DeadlineReached(long dialogueId, String title, String contactEmail, OffsetDateTime deadline)
            implements DialogueEvent {
        @Override
        public String type() {
            return DialogueTopics.DEADLINE_REACHED;
        }
    }

    /** Aktiv → Besvaret before the deadline: every invited organisation finished or declined. */
    public record AllAnswered(long dialogueId, String title, String contactEmail, OffsetDateTime deadline)
            implements DialogueEvent {
        @Override
        public String type() {
            return DialogueTopics.ALL_ANSWERED;
        }
    }
}
