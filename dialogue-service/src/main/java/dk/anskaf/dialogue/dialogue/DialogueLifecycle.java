package dk.anskaf.dialogue.dialogue;

import dk.anskaf.platform.security.CurrentUser;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The purchaser's and administrator's lifecycle steps of a dialogue after the answers (DOMAIN.md §5.2,
 * §5.11, §5.12): Vælg leverandør, archive and restore, soft delete and bringing back, and the audit trail.
 * One transaction each, through {@link Dialogues} (lock, transition, save, events and audit together).
 */
@Service
class DialogueLifecycle {

    /** "Vælg leverandør": the current choice and every invited organisation, with whether it may be chosen. */
    record SupplierChoice(@Nullable Chosen chosen, List<Candidate> candidates, int version) {}

    record Chosen(
            UUID answerSetId,
            UUID organisationId,
            String organisationName,
            String cvr,
            @Nullable OffsetDateTime chosenAt,
            @Nullable String chosenByName) {}

    record Candidate(
            UUID answerSetId,
            UUID organisationId,
            String organisationName,
            String cvr,
            String status,
            int answerCount,
            boolean answered) {}

    /** A row of the administrator's list of deleted dialogues. */
    record DeletedDialogue(
            long id,
            String title,
            DialogueStatus status,
            OffsetDateTime deletedAt,
            String deletedByName,
            String reason) {}

    private final Dialogues dialogues;
    private final DialogueAuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    DialogueLifecycle(Dialogues dialogues, DialogueAuditTrail audit, JdbcClient jdbc, Clock clock) {
        this.dialogues = dialogues;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    SupplierChoice choice(long id) {
        Dialogue dialogue = visible(id);
        List<SupplierCandidate> candidates = candidates(id, null);
        Chosen chosen = candidates.stream()
                .filter(c -> c.answerSetId().equals(dialogue.chosenAnswerSetId()))
                .findFirst()
                .map(c -> new Chosen(
                        c.answerSetId(),
                        c.organisationId(),
                        c.organisationName(),
                        c.cvr(),
                        utc(dialogue.chosenAt()),
                        dialogue.chosenByName()))
                .orElse(null);
        return new SupplierChoice(
                chosen,
                candidates.stream()
                        .map(c -> new Candidate(
                                c.answerSetId(),
                                c.organisationId(),
                                c.organisationName(),
                                c.cvr(),
                                c.status(),
                                c.answerCount(),
                                c.answered()))
                        .toList(),
                dialogue.version());
    }

    /**
     * Chooses {@code answerSetId} (null clears the choice) if nobody saved since {@code expectedVersion}.
     *
     * @throws DialogueRefused.ChoiceNotInDialogue when the id is no answer set of this dialogue
     */
    @Transactional
    DialogueView choose(long id, int expectedVersion, @Nullable UUID answerSetId) {
        Dialogue dialogue = dialogues.load(id);
        Dialogues.requireVersion(dialogue, expectedVersion);
        SupplierCandidate candidate = null;
        if (answerSetId != null) {
            candidate = candidates(id, answerSetId).stream()
                    .findFirst()
                    .orElseThrow(DialogueRefused.ChoiceNotInDialogue::new);
        }
        UUID current = dialogue.chosenAnswerSetId();
        SupplierCandidate previous = current == null
                ? null
                : candidates(id, current).stream().findFirst().orElse(null);
        dialogue.chooseSupplier(candidate, previous, CurrentUser.require().name(), clock.instant());
        return dialogues.view(dialogues.save(dialogue));
    }

    @Transactional
    DialogueView archive(long id, boolean confirmNoSupplier) {
        Dialogue dialogue = dialogues.load(id);
        dialogue.archive(confirmNoSupplier, clock.instant());
        return dialogues.view(dialogues.save(dialogue));
    }

    @Transactional
    DialogueView restore(long id) {
        Dialogue dialogue = dialogues.load(id);
        dialogue.restore(clock.instant());
        return dialogues.view(dialogues.save(dialogue));
    }

    /** The administrator's soft delete (the controller checks the role; the database checks it again). */
    @Transactional
    void delete(long id, @Nullable String reason) {
        includeDeleted();
        Dialogue dialogue = dialogues.load(id);
        dialogue.delete(reason, CurrentUser.require().name(), clock.instant());
        dialogues.save(dialogue);
    }

    @Transactional
    DialogueView undelete(long id) {
        includeDeleted();
        Dialogue dialogue = dialogues.load(id);
        dialogue.undelete(CurrentUser.require().name(), clock.instant());
        return dialogues.view(dialogues.save(dialogue));
    }

    /** The municipality's deleted dialogues, most recently deleted first (administrators). */
    @Transactional(readOnly = true)
    List<DeletedDialogue> deleted() {
        includeDeleted();
        return jdbc.sql("""
                        select id, title, status, deleted_at, deleted_by_name, delete_reason
                        from dialogue where deleted_at is not null
                        order by deleted_at desc, id desc
                        """)
                .query((rs, row) -> new DeletedDialogue(
                        rs.getLong("id"),
                        rs.getString("title"),
                        DialogueStatus.valueOf(rs.getString("status")),
                        rs.getObject("deleted_at", OffsetDateTime.class),
                        rs.getString("deleted_by_name"),
                        rs.getString("delete_reason")))
                .list();
    }

    /** "Historik": who changed what, oldest first; 404 for a dialogue the caller does not see. */
    @Transactional(readOnly = true)
    List<DialogueAuditTrail.Entry> audit(long id) {
        visible(id);
        return audit.entries(id);
    }

    private Dialogue visible(long id) {
        return dialogues.find(id);
    }

    /**
     * Lets this transaction see deleted dialogues: V25's policies pass them only with this setting and the
     * administrator role in {@code app.roles}, which the transaction manager set from the verified token.
     */
    private void includeDeleted() {
        jdbc.sql("select set_config('app.include_deleted', 'on', true)").query().singleRow();
    }

    /** The dialogue's answer sets (or the one named) with organisation and number of answers. */
    private List<SupplierCandidate> candidates(long dialogueId, @Nullable UUID only) {
        return jdbc.sql("""
                        select s.id, s.dialogue_id, s.organisation_id, o.name, o.cvr, s.status,
                               (select count(*) from answer a where a.answer_set_id = s.id) as answers
                        from answer_set s
                        join supplier_organisation o on o.id = s.organisation_id
                        where s.dialogue_id = :dialogue and (cast(:only as uuid) is null or s.id = cast(:only as uuid))
                        order by o.name, s.id
                        """)
                .param("dialogue", dialogueId)
                .param("only", Optional.ofNullable(only).map(UUID::toString).orElse(null))
                .query((rs, row) -> new SupplierCandidate(
                        rs.getObject("id", UUID.class),
                        rs.getLong("dialogue_id"),
                        rs.getObject("organisation_id", UUID.class),
                        rs.getString("name"),
                        rs.getString("cvr"),
                        rs.getString("status"),
                        rs.getInt("answers")))
                .list();
    }

    private static @Nullable OffsetDateTime utc(java.time.@Nullable Instant instant) {
        return instant == null ? null : instant.atOffset(java.time.ZoneOffset.UTC);
    }
}
