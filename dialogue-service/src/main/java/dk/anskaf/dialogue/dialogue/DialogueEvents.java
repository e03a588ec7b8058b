package dk.anskaf.dialogue.dialogue;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

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
    // ---- Lifecycle (#15) ----

    /**
     * "Vælg leverandør": the chosen answer set and organisation (all null when the choice was cleared) and
     * the previous choice (null if none). Ids only beyond names: a consumer that needs the answers (intake
     * turning the chosen supplier's Nej into debt items) reads them back from the dialogue service.
     */
    public record SupplierChosen(
            long dialogueId,
            String title,
            @Nullable UUID answerSetId,
            @Nullable UUID organisationId,
            @Nullable String organisationName,
            @Nullable String cvr,
            @Nullable UUID previousAnswerSetId,
            @Nullable UUID previousOrganisationId,
            String chosenByName,
            OffsetDateTime chosenAt)
            implements DialogueEvent {
        @Override
        public String type() {
            return DialogueTopics.SUPPLIER_CHOSEN;
        }
    }

    /** Besvaret or Annulleret → Arkiveret; {@code archivedFrom} is where restoring returns. */
    public record Archived(
            long dialogueId,
            String title,
            DialogueStatus archivedFrom,
            @Nullable UUID chosenAnswerSetId,
            OffsetDateTime archivedAt)
            implements DialogueEvent {
        @Override
        public String type() {
            return DialogueTopics.ARCHIVED;
        }
    }

    /** Arkiveret → the state it was archived from. */
    public record Restored(long dialogueId, String title, DialogueStatus status, OffsetDateTime restoredAt)
            implements DialogueEvent {
        @Override
        public String type() {
            return DialogueTopics.RESTORED;
        }
    }

    /** An administrator soft-deleted the dialogue (in {@code status}); it is hidden from every reader. */
    public record Deleted(
            long dialogueId,
            String title,
            DialogueStatus status,
            String reason,
            String deletedByName,
            OffsetDateTime deletedAt)
            implements DialogueEvent {
        @Override
        public String type() {
            return DialogueTopics.DELETED;
        }
    }

    /** An administrator brought a deleted dialogue back, in the state it had. */
    public record Undeleted(
            long dialogueId, String title, DialogueStatus status, String undeletedByName, OffsetDateTime undeletedAt)
            implements DialogueEvent {
        @Override
        public String type() {
            return DialogueTopics.UNDELETED;
        }
    }
}
