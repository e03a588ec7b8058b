package dk.anskaf.dialogue.answering;

import dk.anskaf.dialogue.supplier.DialogueFacts;
import dk.anskaf.platform.events.DomainEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.InsertOnlyProperty;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One supplier organisation's answers to one dialogue: the aggregate of answering. Its status changes only
 * through the transitions below, which refuse illegal moves with an {@link AnsweringRefused} exception and
 * record the events they cause; {@link Answering} saves it and publishes {@link #pullEvents()} through the
 * outbox in the same transaction. Created by the first invitation (dk.anskaf.dialogue.invitation).
 *
 * <pre>
 *   INVITED ──first view──▶ OPENED ──first answer──▶ ANSWERING ──finish──▶ FINISHED
 *      └──────────────first answer───────────────────────▲   └──decline──▶ DECLINED
 *   (decline from INVITED, OPENED or ANSWERING)
 *
 *   FINISHED ──request elaboration (purchaser)──▶ ELABORATION_REQUESTED ──send back (supplier)──▶ FINISHED
 * </pre>
 *
 * Every write (answer, operating model, IT system, copy, finish, decline) needs the dialogue Aktiv and
 * before its deadline, to the minute, read in the same transaction ({@link DialogueFacts#now()}), and the
 * set neither finished nor declined. An elaboration round is the one exception (§5.10, "Uddybning krævet"):
 * while the dialogue is Aktiv or Besvaret, whatever the deadline, the supplier may change choice and
 * elaboration of its answers (never a price, never anything else) and then send the set back. The answers
 * themselves are rows of {@code answer} ({@link Answers}).
 */
@Table("answer_set")
public class AnswerSet {

    @Id
    private final UUID id;

    /** The owning municipality, from the invitation; never changed (V10's trigger refuses it too). */
    @InsertOnlyProperty
    private final String tenantId;

    @InsertOnlyProperty
    private final long dialogueId;

    @InsertOnlyProperty
    private final UUID organisationId;

    private AnswerSetStatus status;
    private OperatingModel operatingModel;
    private @Nullable UUID itSystemUuid;
    private @Nullable String itSystemName;
    private @Nullable String itSystemSupplier;
    private final Instant invitedAt;
    private @Nullable Instant openedAt;
    private @Nullable Instant finishedAt;
    private @Nullable Instant declinedAt;
    private @Nullable String declineReason;

    @Version
    private @Nullable Integer version;

    @Transient
    private final List<DomainEvent> events = new ArrayList<>();

    @PersistenceCreator
    AnswerSet(
            UUID id,
            String tenantId,
            long dialogueId,
            UUID organisationId,
            AnswerSetStatus status,
            OperatingModel operatingModel,
            @Nullable UUID itSystemUuid,
            @Nullable String itSystemName,
            @Nullable String itSystemSupplier,
            Instant invitedAt,
            @Nullable Instant openedAt,
            @Nullable Instant finishedAt,
            @Nullable Instant declinedAt,
            @Nullable String declineReason,
            @Nullable Integer version) {
        this.id = id;
        this.tenantId = tenantId;
        this.dialogueId = dialogueId;
        this.organisationId = organisationId;
        this.status = status;
        this.operatingModel = operatingModel;
        this.itSystemUuid = itSystemUuid;
        this.itSystemName = itSystemName;
        this.itSystemSupplier = itSystemSupplier;
        this.invitedAt = invitedAt;
        this.openedAt = openedAt;
        this.finishedAt = finishedAt;
        this.declinedAt = declinedAt;
        this.declineReason = declineReason;
        this.version = version;
    }

    /** The first view of the dialogue page: INVITED → OPENED; later views change nothing. */
    boolean open(Instant now) {
        if (status != AnswerSetStatus.INVITED) {
            return false;
        }
        status = AnswerSetStatus.OPENED;
        openedAt = now;
        return true;
    }

    /**
     * Refuses any write unless the set is open and the dialogue takes answers.
     *
     * @throws AnsweringRefused.Finished after finishing
     * @throws AnsweringRefused.Declined after declining
     * @throws AnsweringRefused.DialogueNotOpen unless the dialogue is Aktiv
     * @throws AnsweringRefused.DeadlinePassed once the deadline is reached
     */
    void requireWritable(DialogueFacts dialogue) {
        if (status == AnswerSetStatus.ELABORATION_REQUESTED) {
            throw new AnsweringRefused.InElaborationRound();
        }
        if (status == AnswerSetStatus.FINISHED) {
            throw new AnsweringRefused.Finished();
        }
        if (status == AnswerSetStatus.DECLINED) {
            throw new AnsweringRefused.Declined();
        }
        if (!DialogueFacts.ACTIVE.equals(dialogue.status())) {
            throw new AnsweringRefused.DialogueNotOpen(dialogue.id());
        }
        if (dialogue.deadlinePassed()) {
            throw new AnsweringRefused.DeadlinePassed(dialogue.deadline());
        }
    }

    /** An answer is being saved (by a person, the operating model or a copy): the first moves to ANSWERING. */
    void answering(DialogueFacts dialogue) {
        requireWritable(dialogue);
        if (status == AnswerSetStatus.INVITED || status == AnswerSetStatus.OPENED) {
            if (openedAt == null) {
                openedAt = dialogue.now();
            }
            status = AnswerSetStatus.ANSWERING;
        }
    }

    /** "Driftsmodel"; which answers it sets is {@link Answering}'s job (it needs the requirements). */
    void chooseOperatingModel(OperatingModel model, DialogueFacts dialogue) {
        answering(dialogue);
        operatingModel = model;
    }

    /** "Vælg it-system": the offered product from the system catalogue. */
    void chooseItSystem(ItSystem system, DialogueFacts dialogue) {
        requireWritable(dialogue);
        itSystemUuid = system.kitosUuid();
        itSystemName = system.name();
        itSystemSupplier = system.supplierName();
    }

    /**
     * "Afslut besvarelse": locks the set; records {@link SupplierConcluded#finished}.
     *
     * @param unanswered how many of the dialogue's requirements have no answer
     * @throws AnsweringRefused.AnswersMissing unless every requirement is answered
     */
    void finish(int unanswered, DialogueFacts dialogue, String organisationName) {
        requireWritable(dialogue);
        if (unanswered > 0) {
            throw new AnsweringRefused.AnswersMissing(unanswered);
        }
        status = AnswerSetStatus.FINISHED;
        finishedAt = dialogue.now();
        events.add(SupplierConcluded.finished(this, dialogue, organisationName));
    }

    /**
     * "Ønsker ikke at svare": kept as a status with the reason (the incumbent deleted the answers, §5.9.6);
     * records {@link SupplierConcluded#declined}.
     *
     * @throws AnsweringRefused.DeclineReasonMissing without a reason
     */
    void decline(@Nullable String reason, DialogueFacts dialogue, String organisationName) {
        requireWritable(dialogue);
        if (reason == null || reason.isBlank()) {
            throw new AnsweringRefused.DeclineReasonMissing();
        }
        status = AnswerSetStatus.DECLINED;
        declinedAt = dialogue.now();
        declineReason = reason.strip();
        events.add(SupplierConcluded.declined(this, dialogue, organisationName));
    }

    /**
     * "Anmod om uddybning" (the purchaser): FINISHED → ELABORATION_REQUESTED; records {@link
     * ElaborationEvents.Requested}. The message's rules are {@link ElaborationMessage}'s.
     *
     * @param supplierEmails the addresses the organisation was invited by, for the mail
     * @throws AnsweringRefused.ElaborationNotPossible unless the set is finished and the dialogue Aktiv or
     *     Besvaret (never Annulleret or Arkiveret)
     */
    void requestElaboration(
            ElaborationMessage message,
            int round,
            DialogueFacts dialogue,
            String organisationName,
            List<String> supplierEmails) {
        if (status != AnswerSetStatus.FINISHED || !ElaborationEvents.dialogueAllowsRound(dialogue)) {
            throw new AnsweringRefused.ElaborationNotPossible();
        }
        status = AnswerSetStatus.ELABORATION_REQUESTED;
        events.add(new ElaborationEvents.Requested(
                dialogue.id(),
                dialogue.title(),
                dialogue.ownerName(),
                dialogue.contactEmail(),
                id,
                organisationId,
                organisationName,
                round,
                message.text(),
                List.copyOf(supplierEmails),
                dialogue.tenant()));
    }

    /**
     * An answer changed during an elaboration round: allowed whatever the deadline while the dialogue is
     * Aktiv or Besvaret.
     *
     * @throws AnsweringRefused.NotInElaborationRound unless the set is ELABORATION_REQUESTED
     * @throws AnsweringRefused.ElaborationNotPossible when the dialogue was cancelled or archived
     */
    void requireElaborating(DialogueFacts dialogue) {
        if (status != AnswerSetStatus.ELABORATION_REQUESTED) {
            throw new AnsweringRefused.NotInElaborationRound();
        }
        if (!ElaborationEvents.dialogueAllowsRound(dialogue)) {
            throw new AnsweringRefused.ElaborationNotPossible();
        }
    }

    /**
     * "Send opdateret besvarelse tilbage til kunde": ELABORATION_REQUESTED → FINISHED; records {@link
     * ElaborationEvents.Sent}.
     *
     * @param changed how many answers the supplier changed in the round
     */
    void sendBack(int round, int changed, DialogueFacts dialogue, String organisationName) {
        requireElaborating(dialogue);
        status = AnswerSetStatus.FINISHED;
        events.add(new ElaborationEvents.Sent(
                dialogue.id(),
                dialogue.title(),
                dialogue.contactEmail(),
                id,
                organisationId,
                organisationName,
                round,
                changed,
                dialogue.tenant()));
    }

    /** The events recorded since the last call, for the outbox. */
    List<DomainEvent> pullEvents() {
        List<DomainEvent> pulled = List.copyOf(events);
        events.clear();
        return pulled;
    }

    UUID id() {
        return id;
    }

    String tenantId() {
        return tenantId;
    }

    long dialogueId() {
        return dialogueId;
    }

    UUID organisationId() {
        return organisationId;
    }

    AnswerSetStatus status() {
        return status;
    }

    OperatingModel operatingModel() {
        return operatingModel;
    }

    @Nullable
    String declineReason() {
        return declineReason;
    }

    /** Changes with every save; an offline answer sheet's plan names it, so a plan made stale is refused. */
    int version() {
        return version == null ? 0 : version;
    }
}
