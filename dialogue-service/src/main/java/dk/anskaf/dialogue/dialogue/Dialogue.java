package dk.anskaf.dialogue.dialogue;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
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
            AnswersVisibility answersVisibility) {
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
        events.add(id -> new DialogueEvents.AllAnswered(id, title, contactEmail, utc(due)));
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

    int version() {
        Integer v = version;
        return v == null ? 0 : v;
    }
}
