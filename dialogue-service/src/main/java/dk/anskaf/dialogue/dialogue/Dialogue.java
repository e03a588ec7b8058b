package dk.anskaf.dialogue.dialogue;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.InsertOnlyProperty;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A market dialogue (DOMAIN.md §5), the aggregate of the purchaser's side. Its state changes only through
 * the transition methods below, which refuse an illegal move with a {@link DialogueRefused} exception (409
 * with a Danish reason, or 400 naming the field) and record the event the move causes; {@link Dialogues}
 * saves it through {@link DialogueRepository} and publishes {@link #pullEvents()} through the outbox in the
 * same transaction.
 *
 * <pre>
 *   create ──▶ DRAFT ──activate──▶ ACTIVE ──deadline reached / all answered──▶ ANSWERED
 *                │                  │  ▲                                          │
 *                │                  │  └──────────── postpone (later deadline) ───┘
 *                └──cancel──▶ CANCELLED ◀──cancel──┘
 * </pre>
 *
 * Activation freezes the requirement set, title, description and the priority and price switches; the
 * contact e-mail and (by postponing) the deadline stay changeable. Deadlines are instants; the portal sends
 * Danish time with its offset.
 */
@Table("dialogue")
class Dialogue {

    /**
     * What a purchaser types on "Ny markedsdialog" and "Rediger" (§5.1).
     *
     * @param answersVisibility null: ON_FINISH on creation, unchanged on an update
     */
    record Fields(
            String title,
            String description,
            String contactEmail,
            List<Integer> domainIds,
            boolean prioritiesVisible,
            boolean pricesRequested,
            @Nullable AnswersVisibility answersVisibility) {

        Fields(
                String title,
                String description,
                String contactEmail,
                List<Integer> domainIds,
                boolean prioritiesVisible,
                boolean pricesRequested) {
            this(title, description, contactEmail, domainIds, prioritiesVisible, pricesRequested, null);
        }
    }

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+$");

    @Id
    private @Nullable Long id;

    /** The owning municipality; written once, from the verified token (row-level security checks it). */
    @InsertOnlyProperty
    private final String tenantId;

    @InsertOnlyProperty
    private final String ownerKind;

    private final String ownerName;
    private String title;
    private String description;
    private String contactEmail;
    private List<Integer> domainIds;
    private boolean prioritiesVisible;
    private boolean pricesRequested;
    private DialogueStatus status;
    private @Nullable Instant deadline;
    private final Instant createdAt;
    private final String createdBy;
    private final String createdByName;
    private @Nullable Instant activatedAt;
    private @Nullable Instant closedAt;
    private @Nullable String cancelReason;

    @Version
    private @Nullable Integer version;

    /** Frozen at activation like the other switches (issue #15, part "review"). */
    private AnswersVisibility answersVisibility;

    // Lifecycle of #15 (Vælg leverandør, archive, soft delete); V12 holds the columns.
    private @Nullable UUID chosenAnswerSetId;
    private @Nullable Instant chosenAt;
    private @Nullable String chosenByName;
    private @Nullable DialogueStatus archivedFrom;
    private @Nullable Instant archivedAt;
    private @Nullable Instant deletedAt;
    private @Nullable String deletedByName;
    private @Nullable String deleteReason;

    /** What {@link #pullChanges()} hands to the audit trail, recorded beside the events. */
    @Transient
    private final List<DialogueChange> changes = new ArrayList<>();

    /**
     * Events wait for the id, which the database gives on the first insert; they are built when pulled,
     * after the save.
     */
    @Transient
    private final List<Function<Long, DialogueEvent>> events = new ArrayList<>();

    @PersistenceCreator
    Dialogue(
            @Nullable Long id,
            String tenantId,
            String ownerKind,
            String ownerName,
            String title,
            String description,
            String contactEmail,
            List<Integer> domainIds,
            boolean prioritiesVisible,
            boolean pricesRequested,
            DialogueStatus status,
            @Nullable Instant deadline,
            Instant createdAt,
            String createdBy,
            String createdByName,
            @Nullable Instant activatedAt,
            @Nullable Instant closedAt,
            @Nullable String cancelReason,
            @Nullable Integer version,
            AnswersVisibility answersVisibility,
            @Nullable UUID chosenAnswerSetId,
            @Nullable Instant chosenAt,
            @Nullable String chosenByName,
            @Nullable DialogueStatus archivedFrom,
            @Nullable Instant archivedAt,
            @Nullable Instant deletedAt,
            @Nullable String deletedByName,
            @Nullable String deleteReason) {
        this.id = id;
        this.tenantId = tenantId;
        this.ownerKind = ownerKind;
        this.ownerName = ownerName;
        this.title = title;
        this.description = description;
        this.contactEmail = contactEmail;
        this.domainIds = List.copyOf(domainIds);
        this.prioritiesVisible = prioritiesVisible;
        this.pricesRequested = pricesRequested;
        this.status = status;
        this.deadline = deadline;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.createdByName = createdByName;
        this.activatedAt = activatedAt;
        this.closedAt = closedAt;
        this.cancelReason = cancelReason;
        this.version = version;
        this.answersVisibility = answersVisibility;
        this.chosenAnswerSetId = chosenAnswerSetId;
        this.chosenAt = chosenAt;
        this.chosenByName = chosenByName;
        this.archivedFrom = archivedFrom;
        this.archivedAt = archivedAt;
        this.deletedAt = deletedAt;
        this.deletedByName = deletedByName;
        this.deleteReason = deleteReason;
    }

    /** A dialogue as #14 knew it: nobody chosen, not archived, not deleted. */
    Dialogue(
            @Nullable Long id,
            String tenantId,
            String ownerKind,
            String ownerName,
            String title,
            String description,
            String contactEmail,
            List<Integer> domainIds,
            boolean prioritiesVisible,
            boolean pricesRequested,
            DialogueStatus status,
            @Nullable Instant deadline,
            Instant createdAt,
            String createdBy,
            String createdByName,
            @Nullable Instant activatedAt,
            @Nullable Instant closedAt,
            @Nullable String cancelReason,
            @Nullable Integer version,
            AnswersVisibility answersVisibility) {
        this(
                id,
                tenantId,
                ownerKind,
                ownerName,
                title,
                description,
                contactEmail,
                domainIds,
                prioritiesVisible,
                pricesRequested,
                status,
                deadline,
                createdAt,
                createdBy,
                createdByName,
                activatedAt,
                closedAt,
                cancelReason,
                version,
                answersVisibility,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    /**
     * "Ny markedsdialog": an Udkast owned by the creator's municipality; records {@link
     * DialogueEvents.Created}.
     *
     * @throws DialogueRefused.InvalidField naming the first field that breaks §5.1 (title and description
     *     at least 5 characters, a valid contact e-mail, at least one domain)
     */
    static Dialogue create(
            Fields fields, String tenantId, String ownerName, String createdBy, String createdByName, Instant now) {
        Fields valid = validated(fields);
        Dialogue dialogue = new Dialogue(
                null,
                tenantId,
                "MUNICIPALITY",
                ownerName,
                valid.title(),
                valid.description(),
                valid.contactEmail(),
                valid.domainIds(),
                valid.prioritiesVisible(),
                valid.pricesRequested(),
                DialogueStatus.DRAFT,
                null,
                now,
                createdBy,
                createdByName,
                null,
                null,
                null,
                null,
                valid.answersVisibility() == null ? AnswersVisibility.ON_FINISH : valid.answersVisibility());
        dialogue.events.add(id -> new DialogueEvents.Created(
                id, dialogue.title, ownerName, dialogue.contactEmail, createdByName, utc(now)));
        return dialogue;
    }

    /**
     * Changes the fields: all of them in Udkast; in Aktiv and Besvaret only the contact e-mail (sending the
     * other fields unchanged is fine, changing them is not).
     *
     * @throws DialogueRefused.Frozen if an active or answered dialogue's frozen field would change
     * @throws DialogueRefused.Closed if cancelled or archived
     */
    void update(Fields fields) {
        Fields valid = validated(fields);
        switch (status) {
            case DRAFT -> {
                title = valid.title();
                description = valid.description();
                domainIds = valid.domainIds();
                prioritiesVisible = valid.prioritiesVisible();
                pricesRequested = valid.pricesRequested();
                if (valid.answersVisibility() != null) {
                    answersVisibility = valid.answersVisibility();
                }
            }
            case ACTIVE, ANSWERED -> {
                if (!title.equals(valid.title())
                        || !description.equals(valid.description())
                        || !domainIds.equals(valid.domainIds())
                        || prioritiesVisible != valid.prioritiesVisible()
                        || pricesRequested != valid.pricesRequested()
                        || (valid.answersVisibility() != null && answersVisibility != valid.answersVisibility())) {
                    throw new DialogueRefused.Frozen(requireId());
                }
            }
            case CANCELLED, ARCHIVED -> throw new DialogueRefused.Closed(requireId());
        }
        contactEmail = valid.contactEmail();
    }

    /**
     * "Aktiver markedsdialog": freezes the set with a deadline in the future; records {@link
     * DialogueEvents.Activated}.
     *
     * @param requirementCount how many requirements the set holds (the repository knows)
     * @throws DialogueRefused.NotDraft unless Udkast
     * @throws DialogueRefused.DeadlineMissing without a deadline ("Du skal sætte en svarfrist")
     * @throws DialogueRefused.DeadlineInPast unless the deadline is after {@code now}
     * @throws DialogueRefused.WithoutRequirements with an empty set
     */
    void activate(@Nullable Instant newDeadline, int requirementCount, Instant now) {
        requireDraft();
        Instant due = futureDeadline(newDeadline, now);
        if (requirementCount < 1) {
            throw new DialogueRefused.WithoutRequirements(requireId());
        }
        status = DialogueStatus.ACTIVE;
        deadline = due;
        activatedAt = now;
        changes.add(DialogueChange.status(DialogueStatus.DRAFT, status, null));
        changes.add(DialogueChange.deadline(null, due, null));
        events.add(id -> new DialogueEvents.Activated(id, title, contactEmail, utc(due), requirementCount));
    }

    /**
     * "Udskyd svarfrist": a later deadline in the future with a reason; a Besvaret dialogue becomes Aktiv
     * again. Records {@link DialogueEvents.DeadlineChanged}.
     *
     * @param supplierEmails the invited contacts of organisations that have not declined, for the mail
     * @throws DialogueRefused.NotActive unless Aktiv or Besvaret
     * @throws DialogueRefused.DeadlineMissing, DeadlineInPast, DeadlineNotLater on {@code deadline}
     * @throws DialogueRefused.ReasonMissing without a reason
     */
    void postpone(@Nullable Instant newDeadline, @Nullable String reason, List<String> supplierEmails, Instant now) {
        if (status != DialogueStatus.ACTIVE && status != DialogueStatus.ANSWERED) {
            throw new DialogueRefused.NotActive(requireId());
        }
        Instant due = futureDeadline(newDeadline, now);
        Instant previous = requireDeadline();
        if (!due.isAfter(previous)) {
            throw new DialogueRefused.DeadlineNotLater();
        }
        String why = requireReason(reason);
        boolean reopened = status == DialogueStatus.ANSWERED;
        changes.add(DialogueChange.deadline(previous, due, why));
        if (reopened) {
            changes.add(DialogueChange.status(DialogueStatus.ANSWERED, DialogueStatus.ACTIVE, why));
        }
        status = DialogueStatus.ACTIVE;
        deadline = due;
        closedAt = null;
        List<String> emails = List.copyOf(supplierEmails);
        events.add(id -> new DialogueEvents.DeadlineChanged(
                id, title, contactEmail, utc(previous), utc(due), why, reopened, emails));
    }

    /**
     * "Afbryd markedsdialog" from Udkast or Aktiv with a reason; the deadline becomes now, so nothing more
     * is answered. Records {@link DialogueEvents.Cancelled}.
     *
     * @throws DialogueRefused.NotCancellable from Besvaret, Annulleret or Arkiveret
     * @throws DialogueRefused.ReasonMissing without a reason
     */
    void cancel(@Nullable String reason, List<String> supplierEmails, Instant now) {
        if (status != DialogueStatus.DRAFT && status != DialogueStatus.ACTIVE) {
            throw new DialogueRefused.NotCancellable(requireId());
        }
        String why = requireReason(reason);
        changes.add(DialogueChange.status(status, DialogueStatus.CANCELLED, why));
        status = DialogueStatus.CANCELLED;
        deadline = now;
        closedAt = now;
        cancelReason = why;
        List<String> emails = List.copyOf(supplierEmails);
        events.add(id -> new DialogueEvents.Cancelled(id, title, contactEmail, why, emails));
    }

    /**
     * The deadline job: Aktiv → Besvaret once the deadline has passed. Records {@link
     * DialogueEvents.DeadlineReached}.
     *
     * @throws DialogueRefused.NotActive unless Aktiv (another instance closed it first)
     * @throws DialogueRefused.DeadlineNotReached before the deadline
     */
    void reachDeadline(Instant now) {
        if (status != DialogueStatus.ACTIVE) {
            throw new DialogueRefused.NotActive(requireId());
        }
        Instant due = requireDeadline();
        if (due.isAfter(now)) {
            throw new DialogueRefused.DeadlineNotReached(requireId());
        }
        status = DialogueStatus.ANSWERED;
        closedAt = now;
        changes.add(DialogueChange.status(DialogueStatus.ACTIVE, status, "deadline-reached"));
        events.add(id -> new DialogueEvents.DeadlineReached(id, title, contactEmail, utc(due)));
    }

    /**
     * The deadline job: Aktiv → Besvaret early because every invited organisation finished or declined
     * (the caller counts them). Records {@link DialogueEvents.AllAnswered}.
     *
     * @throws DialogueRefused.NotActive unless Aktiv
     */
    void allAnswered(Instant now) {
        if (status != DialogueStatus.ACTIVE) {
            throw new DialogueRefused.NotActive(requireId());
        }
        Instant due = requireDeadline();
        status = DialogueStatus.ANSWERED;
        closedAt = now;
        changes.add(DialogueChange.status(DialogueStatus.ACTIVE, status, "all-answered"));
        events.add(id -> new DialogueEvents.AllAnswered(id, title, contactEmail, utc(due)));
    }

    // ---- Lifecycle (#15): Vælg leverandør, archive and restore, soft delete ----

    /**
     * "Vælg leverandør" (DOMAIN.md §5.11): chooses {@code candidate}'s answer set, or clears the choice with
     * null. Only in Besvaret, or Arkiveret from Besvaret; the candidate must have answered ({@link
     * SupplierCandidate#answered()}). Choosing the current one again changes nothing. Records {@link
     * DialogueEvents.SupplierChosen} with the previous choice.
     *
     * @param previous the organisation of the current choice, for the event and the audit (null if none)
     * @throws DialogueRefused.ChoiceNotOpen unless Besvaret or archived from Besvaret
     * @throws DialogueRefused.ChoiceNotInDialogue (400 on {@code answerSetId}) for another dialogue's set
     * @throws DialogueRefused.ChoiceDeclined, ChoiceAwaitsElaboration, ChoiceNotAnswered by the set's state
     */
    void chooseSupplier(
            @Nullable SupplierCandidate candidate, @Nullable SupplierCandidate previous, String byName, Instant now) {
        boolean open = status == DialogueStatus.ANSWERED
                || (status == DialogueStatus.ARCHIVED && archivedFrom == DialogueStatus.ANSWERED);
        if (!open) {
            throw new DialogueRefused.ChoiceNotOpen(requireId());
        }
        if (candidate != null) {
            if (candidate.dialogueId() != requireId()) {
                throw new DialogueRefused.ChoiceNotInDialogue();
            }
            if ("DECLINED".equals(candidate.status())) {
                throw new DialogueRefused.ChoiceDeclined(candidate.organisationName());
            }
            if ("ELABORATION_REQUESTED".equals(candidate.status())) {
                throw new DialogueRefused.ChoiceAwaitsElaboration(candidate.organisationName());
            }
            if (!candidate.answered()) {
                throw new DialogueRefused.ChoiceNotAnswered(candidate.organisationName());
            }
        }
        UUID chosen = candidate == null ? null : candidate.answerSetId();
        if (java.util.Objects.equals(chosen, chosenAnswerSetId)) {
            return;
        }
        UUID before = chosenAnswerSetId;
        chosenAnswerSetId = chosen;
        chosenAt = chosen == null ? null : now;
        chosenByName = chosen == null ? null : byName;
        changes.add(new DialogueChange(
                "CHOSEN_SUPPLIER",
                null,
                previous == null ? null : previous.organisationName(),
                candidate == null ? null : candidate.organisationName()));
        events.add(id -> new DialogueEvents.SupplierChosen(
                id,
                title,
                chosen,
                candidate == null ? null : candidate.organisationId(),
                candidate == null ? null : candidate.organisationName(),
                candidate == null ? null : candidate.cvr(),
                before,
                previous == null ? null : previous.organisationId(),
                byName,
                utc(now)));
    }

    /**
     * "Arkiver" (§5.2) from Besvaret or Annulleret; restoring returns there. A Besvaret dialogue without a
     * chosen supplier is archived only when the caller confirms it (the portal's warning page; the API's
     * {@code confirmNoSupplier}). Records {@link DialogueEvents.Archived}.
     *
     * @throws DialogueRefused.NotArchivable from Udkast, Aktiv or Arkiveret
     * @throws DialogueRefused.ArchiveWithoutSupplier when Besvaret, nobody chosen and not confirmed
     */
    void archive(boolean confirmNoSupplier, Instant now) {
        if (status != DialogueStatus.ANSWERED && status != DialogueStatus.CANCELLED) {
            throw new DialogueRefused.NotArchivable(requireId());
        }
        if (status == DialogueStatus.ANSWERED && chosenAnswerSetId == null && !confirmNoSupplier) {
            throw new DialogueRefused.ArchiveWithoutSupplier(requireId());
        }
        DialogueStatus from = status;
        archivedFrom = from;
        archivedAt = now;
        status = DialogueStatus.ARCHIVED;
        changes.add(new DialogueChange("ARCHIVE", null, from.name(), status.name()));
        UUID chosen = chosenAnswerSetId;
        events.add(id -> new DialogueEvents.Archived(id, title, from, chosen, utc(now)));
    }

    /**
     * "Gendan" from the archive to the state it was archived from. Records {@link DialogueEvents.Restored}.
     *
     * @throws DialogueRefused.NotArchived unless Arkiveret
     */
    void restore(Instant now) {
        DialogueStatus back = archivedFrom;
        if (status != DialogueStatus.ARCHIVED || back == null) {
            throw new DialogueRefused.NotArchived(requireId());
        }
        status = back;
        archivedFrom = null;
        archivedAt = null;
        changes.add(new DialogueChange("RESTORE", null, DialogueStatus.ARCHIVED.name(), back.name()));
        events.add(id -> new DialogueEvents.Restored(id, title, back, utc(now)));
    }

    /**
     * An administrator's soft delete, with a reason, in any state: the dialogue and everything below it
     * vanish for purchasers and suppliers (row-level security, V25), the deadline job passes it by.
     * Records {@link DialogueEvents.Deleted}.
     *
     * @throws DialogueRefused.ReasonMissing without a reason
     * @throws DialogueRefused.AlreadyDeleted if deleted before
     */
    void delete(@Nullable String reason, String byName, Instant now) {
        if (deletedAt != null) {
            throw new DialogueRefused.AlreadyDeleted(requireId());
        }
        String why = requireReason(reason);
        deletedAt = now;
        deletedByName = byName;
        deleteReason = why;
        changes.add(new DialogueChange("DELETE", why, status.name(), null));
        DialogueStatus at = status;
        events.add(id -> new DialogueEvents.Deleted(id, title, at, why, byName, utc(now)));
    }

    /**
     * An administrator brings a deleted dialogue back, as it was. Records {@link DialogueEvents.Undeleted}.
     *
     * @throws DialogueRefused.NotDeleted unless deleted
     */
    void undelete(String byName, Instant now) {
        if (deletedAt == null) {
            throw new DialogueRefused.NotDeleted(requireId());
        }
        String why = deleteReason;
        deletedAt = null;
        deletedByName = null;
        deleteReason = null;
        changes.add(new DialogueChange("UNDELETE", why, null, status.name()));
        DialogueStatus at = status;
        events.add(id -> new DialogueEvents.Undeleted(id, title, at, byName, utc(now)));
    }

    /** The audit lines recorded since the last call, oldest first; written beside {@link #pullEvents()}. */
    List<DialogueChange> pullChanges() {
        List<DialogueChange> recorded = List.copyOf(changes);
        changes.clear();
        return recorded;
    }

    /**
     * The requirement set may change only in Udkast.
     *
     * @throws DialogueRefused.NotDraft otherwise
     */
    void requireDraft() {
        if (status != DialogueStatus.DRAFT) {
            throw new DialogueRefused.NotDraft(requireId());
        }
    }

    /** The events recorded since the last call, oldest first, for the outbox; the dialogue must be saved. */
    List<DialogueEvent> pullEvents() {
        long saved = requireId();
        List<DialogueEvent> recorded = events.stream().map(e -> e.apply(saved)).toList();
        events.clear();
        return recorded;
    }

    private static Fields validated(Fields fields) {
        String title = strip(fields.title());
        if (title.length() < 5 || title.length() > 200) {
            throw new DialogueRefused.InvalidField("title", "dialogue-title-length");
        }
        String description = strip(fields.description());
        if (description.length() < 5 || description.length() > 20_000) {
            throw new DialogueRefused.InvalidField("description", "dialogue-description-length");
        }
        String email = strip(fields.contactEmail());
        if (email.length() > 320 || !EMAIL.matcher(email).matches()) {
            throw new DialogueRefused.InvalidField("contactEmail", "dialogue-contact-email");
        }
        List<Integer> domains = fields.domainIds() == null
                ? List.of()
                : fields.domainIds().stream()
                        .filter(d -> d != null)
                        .distinct()
                        .sorted()
                        .toList();
        if (domains.isEmpty() || domains.size() > 50) {
            throw new DialogueRefused.InvalidField("domainIds", "dialogue-domains");
        }
        return new Fields(
                title,
                description,
                email,
                domains,
                fields.prioritiesVisible(),
                fields.pricesRequested(),
                fields.answersVisibility());
    }

    private static Instant futureDeadline(@Nullable Instant deadline, Instant now) {
        if (deadline == null) {
            throw new DialogueRefused.DeadlineMissing();
        }
        if (!deadline.isAfter(now)) {
            throw new DialogueRefused.DeadlineInPast();
        }
        return deadline;
    }

    private static String requireReason(@Nullable String reason) {
        String why = strip(reason);
        if (why.isEmpty()) {
            throw new DialogueRefused.ReasonMissing();
        }
        return why;
    }

    private static String strip(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    private Instant requireDeadline() {
        Instant due = deadline;
        if (due == null) {
            // The table's check keeps every non-draft dialogue with a deadline.
            throw new IllegalStateException("Dialogue " + id + " in " + status + " has no deadline");
        }
        return due;
    }

    private long requireId() {
        Long saved = id;
        return saved == null ? 0 : saved;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    @Nullable
    Long id() {
        return id;
    }

    String tenantId() {
        return tenantId;
    }

    String ownerKind() {
        return ownerKind;
    }

    String ownerName() {
        return ownerName;
    }

    String title() {
        return title;
    }

    String description() {
        return description;
    }

    String contactEmail() {
        return contactEmail;
    }

    List<Integer> domainIds() {
        return domainIds;
    }

    boolean prioritiesVisible() {
        return prioritiesVisible;
    }

    boolean pricesRequested() {
        return pricesRequested;
    }

    DialogueStatus status() {
        return status;
    }

    @Nullable
    Instant deadline() {
        return deadline;
    }

    Instant createdAt() {
        return createdAt;
    }

    @Nullable
    Instant activatedAt() {
        return activatedAt;
    }

    @Nullable
    Instant closedAt() {
        return closedAt;
    }

    @Nullable
    String cancelReason() {
        return cancelReason;
    }

    AnswersVisibility answersVisibility() {
        return answersVisibility;
    }

    @Nullable
    UUID chosenAnswerSetId() {
        return chosenAnswerSetId;
    }

    @Nullable
    Instant chosenAt() {
        return chosenAt;
    }

    @Nullable
    String chosenByName() {
        return chosenByName;
    }

    @Nullable
    DialogueStatus archivedFrom() {
        return archivedFrom;
    }

    @Nullable
    Instant deletedAt() {
        return deletedAt;
    }

    @Nullable
    String deletedByName() {
        return deletedByName;
    }

    @Nullable
    String deleteReason() {
        return deleteReason;
    }

    int version() {
        Integer v = version;
        return v == null ? 0 : v;
    }
}
