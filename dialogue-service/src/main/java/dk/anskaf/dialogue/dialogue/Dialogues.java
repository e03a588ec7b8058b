package dk.anskaf.dialogue.dialogue;

import dk.anskaf.platform.errors.ApiProblemException;
import dk.anskaf.platform.errors.ProblemTypes;
import dk.anskaf.platform.events.Outbox;
import dk.anskaf.platform.security.CurrentUser;
import dk.anskaf.platform.tenancy.TenantContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The purchaser's use cases of a dialogue: one transaction each that loads the {@link Dialogue} (locked),
 * calls one transition, saves it and publishes the events it recorded through the outbox. What needs the
 * database (how many requirements, who was invited) is counted here; the rules are the aggregate's.
 * Row-level security decides which dialogues the caller sees: another municipality's is not found (404).
 */
@Service
public class Dialogues {

    /** What the requirement set needs to know of a draft it changes. */
    public record DraftScope(long id, List<Integer> domainIds, boolean prioritiesVisible) {}

    private final DialogueRepository dialogues;
    private final DialogueQueries queries;
    private final Outbox outbox;
    private final DialogueAuditTrail audit;
    private final Clock clock;

    Dialogues(
            DialogueRepository dialogues,
            DialogueQueries queries,
            Outbox outbox,
            DialogueAuditTrail audit,
            Clock clock) {
        this.dialogues = dialogues;
        this.queries = queries;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /** "Ny markedsdialog" for the caller's municipality, named as the token names it. */
    @Transactional
    DialogueView create(Dialogue.Fields fields, CurrentUser purchaser) {
        String tenant = TenantContext.require().value();
        String ownerName = purchaser.tenantName().isBlank() ? tenant : purchaser.tenantName();
        Dialogue dialogue =
                Dialogue.create(fields, tenant, ownerName, purchaser.subject(), purchaser.name(), clock.instant());
        return view(save(dialogue));
    }

    @Transactional(readOnly = true)
    DialogueView get(long id) {
        return view(own(dialogues.findById(id), id));
    }

    /**
     * Changes the fields if nobody saved since {@code expectedVersion}.
     *
     * @throws ApiProblemException 412 {@code stale-version} when the dialogue has moved on
     */
    @Transactional
    DialogueView update(long id, int expectedVersion, Dialogue.Fields fields) {
        Dialogue dialogue = load(id);
        requireVersion(dialogue, expectedVersion);
        dialogue.update(fields);
        return view(save(dialogue));
    }

    @Transactional
    DialogueView activate(long id, @Nullable Instant deadline) {
        Dialogue dialogue = load(id);
        dialogue.activate(deadline, queries.requirementCount(id), clock.instant());
        return view(save(dialogue));
    }

    @Transactional
    DialogueView postpone(long id, @Nullable Instant deadline, @Nullable String reason) {
        Dialogue dialogue = load(id);
        dialogue.postpone(deadline, reason, queries.supplierEmails(id), clock.instant());
        return view(save(dialogue));
    }

    @Transactional
    DialogueView cancel(long id, @Nullable String reason) {
        Dialogue dialogue = load(id);
        dialogue.cancel(reason, queries.supplierEmails(id), clock.instant());
        return view(save(dialogue));
    }

    /**
     * For the requirement set: the caller's dialogue, locked until the caller's transaction ends (so an
     * activation waits for a change of the set, and the other way round), if it is still a draft.
     *
     * @throws DialogueRefused.NotFound if the caller cannot see it
     * @throws DialogueRefused.NotDraft once activated
     */
    @Transactional
    public DraftScope lockDraft(long id) {
        Dialogue dialogue = load(id);
        dialogue.requireDraft();
        return new DraftScope(id, dialogue.domainIds(), dialogue.prioritiesVisible());
    }

    /**
     * For reading the requirement set: whether the caller sees the dialogue.
     *
     * @throws DialogueRefused.NotFound otherwise
     */
    @Transactional(readOnly = true)
    public DraftScope visible(long id) {
        Dialogue dialogue = own(dialogues.findById(id), id);
        return new DraftScope(id, dialogue.domainIds(), dialogue.prioritiesVisible());
    }

    /**
     * @throws ApiProblemException 412 {@code stale-version} unless the dialogue is still at {@code expected}
     */
    static void requireVersion(Dialogue dialogue, int expected) {
        if (dialogue.version() != expected) {
            throw new ApiProblemException(
                    HttpStatus.PRECONDITION_FAILED,
                    ProblemTypes.of("stale-version"),
                    "Markedsdialogen er ændret",
                    "Nogen har gemt markedsdialogen imens; hent den igen og gentag ændringen",
                    List.of());
        }
    }

    /** The caller's dialogue, not locked, or 404. */
    Dialogue find(long id) {
        return own(dialogues.findById(id), id);
    }

    /** The caller's dialogue, locked until the transaction ends, or 404. */
    Dialogue load(long id) {
        return own(dialogues.findLockedById(id), id);
    }

    /**
     * Row-level security already hides other municipalities' dialogues; the code says so too, so a policy
     * changed by mistake does not open them (and a token without a municipality is refused with 403).
     */
    private static Dialogue own(Optional<Dialogue> found, long id) {
        String tenant = TenantContext.require().value();
        return found.filter(d -> d.tenantId().equals(tenant)).orElseThrow(() -> new DialogueRefused.NotFound(id));
    }

    DialogueView view(Dialogue dialogue) {
        Long id = dialogue.id();
        return DialogueView.of(dialogue, id == null ? 0 : queries.requirementCount(id));
    }

    /**
     * Saves the dialogue and publishes what it recorded, in the caller's transaction: its events through the
     * outbox and its changes to the audit trail, as done by the verified user.
     */
    Dialogue save(Dialogue dialogue) {
        Dialogue saved = dialogues.save(dialogue);
        saved.pullEvents().forEach(outbox::publish);
        List<DialogueChange> changes = saved.pullChanges();
        if (!changes.isEmpty()) {
            CurrentUser user = CurrentUser.require();
            Long id = saved.id();
            audit.write(saved.tenantId(), id == null ? 0 : id, user.subject(), user.name(), changes);
        }
        return saved;
    }
}
