package dk.anskaf.dialogue.questions;

import dk.anskaf.dialogue.organisation.OrganisationRefused;
import dk.anskaf.dialogue.organisation.SupplierOrganisations;
import dk.anskaf.dialogue.supplier.DialogueFacts;
import dk.anskaf.dialogue.supplier.DialogueFactsReader;
import dk.anskaf.platform.events.Outbox;
import dk.anskaf.platform.security.CurrentUser;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Spørgsmål og svar's application service: one transaction per use case, reading the dialogue and the
 * database's clock in the same transaction as the write (the deadline holds to the minute, as for answers),
 * calling one transition of {@link Question}, saving it and publishing its events through the outbox.
 *
 * <p>A supplier's organisation and a purchaser's municipality come only from the verified token; a dialogue
 * or question the caller may not see is 404, whatever its id.
 */
@Service
class QuestionsAndAnswers {

    private final Questions questions;
    private final DialogueFactsReader dialogues;
    private final SupplierOrganisations organisations;
    private final JdbcClient jdbc;
    private final Outbox outbox;

    QuestionsAndAnswers(
            Questions questions,
            DialogueFactsReader dialogues,
            SupplierOrganisations organisations,
            JdbcClient jdbc,
            Outbox outbox) {
        this.questions = questions;
        this.dialogues = dialogues;
        this.organisations = organisations;
        this.jdbc = jdbc;
        this.outbox = outbox;
    }

    private record AnswerSetRow(String tenantId, String status) {}

    /**
     * "Stil et spørgsmål".
     *
     * @throws QuestionsRefused.DialogueNotFound unless the organisation was invited to the dialogue
     * @throws QuestionsRefused.DialogueNotActive unless the dialogue is Aktiv
     * @throws QuestionsRefused.DeadlinePassed once its deadline is reached
     * @throws QuestionsRefused.Declined when the organisation declined to answer
     * @throws QuestionsRefused.Invalid naming {@code requirementId} (not in this dialogue) or {@code text}
     * @return the new question's id
     */
    @Transactional
    UUID ask(long dialogueId, QuestionViews.NewQuestion input, CurrentUser supplier) {
        UUID organisation = supplier.requireSupplierOrganisation();
        AnswerSetRow set = jdbc.sql(
                        "select tenant_id, status from answer_set where dialogue_id = ? and organisation_id = ?")
                .params(dialogueId, organisation)
                .query(AnswerSetRow.class)
                .optional()
                .orElseThrow(() -> new QuestionsRefused.DialogueNotFound(dialogueId));
        DialogueFacts dialogue =
                dialogues.find(dialogueId).orElseThrow(() -> new QuestionsRefused.DialogueNotFound(dialogueId));
        if (!DialogueFacts.ACTIVE.equals(dialogue.status())) {
            throw new QuestionsRefused.DialogueNotActive(dialogueId);
        }
        if (dialogue.deadlinePassed()) {
            throw new QuestionsRefused.DeadlinePassed(dialogue.deadline());
        }
        if ("DECLINED".equals(set.status())) {
            throw new QuestionsRefused.Declined();
        }
        @Nullable
        String label = input.requirementId() == null
                ? null
                : requirementLabel(dialogueId, input.requirementId())
                        .orElseThrow(
                                () -> new QuestionsRefused.Invalid("requirementId", "question-requirement-unknown"));
        String organisationName = organisations
                .find(organisation)
                .orElseThrow(() -> new OrganisationRefused.OrganisationNotFound(organisation))
                .name();
        Question question = Question.ask(
                new Question.Asked(
                        set.tenantId(),
                        dialogueId,
                        dialogue.title(),
                        dialogue.contactEmail(),
                        input.requirementId(),
                        label,
                        organisation,
                        organisationName,
                        supplier.email().isBlank() ? supplier.subject() : supplier.email(),
                        supplier.name().isBlank() ? null : supplier.name(),
                        input.text()),
                dialogue.now());
        questions.save(question);
        question.pullEvents().forEach(outbox::publish);
        return question.id();
    }

    /**
     * "Besvar": answers, edits the answer (each text kept in {@code question_answer_revision}) or publishes
     * a private answer; every change writes a row of the dialogue's audit trail.
     *
     * @throws QuestionsRefused.DialogueNotFound another municipality's dialogue, or none
     * @throws QuestionsRefused.QuestionNotFound no such question in the dialogue
     * @throws QuestionsRefused.DialogueClosed once the dialogue is cancelled or archived (Aktiv and Besvaret
     *     take answers: a question asked before the deadline may be answered after it)
     * @throws QuestionsRefused.Invalid naming {@code visibility} or {@code answer}
     * @throws QuestionsRefused.AlreadyPublished when a published answer is to become private
     */
    @Transactional
    void answer(long dialogueId, UUID questionId, QuestionViews.AnswerInput input, CurrentUser purchaser) {
        DialogueFacts dialogue =
                dialogues.find(dialogueId).orElseThrow(() -> new QuestionsRefused.DialogueNotFound(dialogueId));
        if (!DialogueFacts.ACTIVE.equals(dialogue.status()) && !"ANSWERED".equals(dialogue.status())) {
            throw new QuestionsRefused.DialogueClosed(dialogueId);
        }
        AnswerVisibility visibility = visibility(input.visibility());
        Question question = questions
                .findLockedByIdAndDialogueId(questionId, dialogueId)
                .orElseThrow(QuestionsRefused.QuestionNotFound::new);
        String before = question.answerText();
        @Nullable AnswerVisibility wasVisible = question.visibility();
        @Nullable
        String label = question.requirementId() == null
                ? null
                : requirementLabel(dialogueId, question.requirementId()).orElse(null);
        String byName = purchaser.name().isBlank() ? purchaser.subject() : purchaser.name();
        Question.Change change = question.answer(
                input.answer(),
                visibility,
                byName,
                dialogue.now(),
                new Question.Mailing(
                        dialogue.title(),
                        dialogue.contactEmail(),
                        dialogue.ownerName(),
                        label,
                        to -> recipients(
                                dialogueId, to == AnswerVisibility.PRIVATE ? question.organisationId() : null)));
        if (change == Question.Change.UNCHANGED) {
            return;
        }
        questions.save(question);
        jdbc.sql("""
                        insert into question_answer_revision (question_id, by_name, visibility, answer_text)
                        values (?, ?, ?, ?)
                        """)
                .params(questionId, byName, visibility.name(), question.answerText())
                .update();
        jdbc.sql("""
                        insert into dialogue_audit (dialogue_id, actor, actor_name, action, subject, old_value, new_value)
                        values (?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        dialogueId,
                        purchaser.subject(),
                        byName,
                        "QUESTION_" + change.name(),
                        label == null ? "Spørgsmål til markedsdialogen" : "Spørgsmål til " + label,
                        wasVisible == null ? null : wasVisible.name() + ": " + before,
                        visibility.name() + ": " + question.answerText())
                .update();
        question.pullEvents().forEach(outbox::publish);
    }

    /**
     * Each invited address once (however it is spelled) of the organisations that have not declined; only
     * {@code organisation}'s when given (a private answer).
     */
    private List<String> recipients(long dialogueId, @Nullable UUID organisation) {
        String sql = """
                select min(i.email) from invitation i join answer_set s on s.id = i.answer_set_id
                where s.dialogue_id = ? and s.status <> 'DECLINED'
                """;
        var query = organisation == null
                ? jdbc.sql(sql + " group by lower(i.email) order by 1").param(dialogueId)
                : jdbc.sql(sql + " and s.organisation_id = ? group by lower(i.email) order by 1")
                        .params(dialogueId, organisation);
        return query.query(String.class).list();
    }

    private Optional<String> requirementLabel(long dialogueId, long requirementId) {
        return jdbc.sql("select " + QuestionQueries.LABEL
                        + " from dialogue_requirement r where r.id = ? and r.dialogue_id = ?")
                .params(requirementId, dialogueId)
                .query(String.class)
                .optional();
    }

    private static AnswerVisibility visibility(@Nullable String value) {
        try {
            return AnswerVisibility.valueOf(String.valueOf(value).strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new QuestionsRefused.Invalid("visibility", "question-visibility-unknown");
        }
    }
}
