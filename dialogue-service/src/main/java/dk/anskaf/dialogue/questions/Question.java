package dk.anskaf.dialogue.questions;

import dk.anskaf.platform.events.DomainEvent;
import dk.anskaf.platform.tenancy.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.InsertOnlyProperty;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A supplier's question in a dialogue and the municipality's answer: the aggregate of Spørgsmål og svar.
 *
 * <pre>
 *   ask ──▶ unanswered ──answer PRIVATE──▶ PRIVATE ──publish──▶ PUBLISHED
 *                └──────answer PUBLISHED─────────────────────────▲
 *   (the answer's text may be edited in either; a published answer never becomes private again)
 * </pre>
 *
 * Asking needs the dialogue Aktiv before its deadline and the organisation not declined ({@link
 * QuestionsAndAnswers} checks those with the dialogue read in the same transaction); the texts' rules are
 * here. A first answer and a publication record {@link QuestionAnswered} (the mail); an edit records
 * nothing but a revision ({@code question_answer_revision}), so suppliers are not mailed for a typo.
 */
@Table("question")
class Question {

    static final int MIN_QUESTION = 3;
    static final int MAX_QUESTION = 5000;
    static final int MAX_ANSWER = 10000;

    /** What changed when the purchaser saved an answer. */
    enum Change {
        UNCHANGED,
        ANSWERED,
        EDITED,
        PUBLISHED
    }

    /** What the answer's mail needs besides the question: the dialogue and who is to hear it. */
    record Mailing(
            String title,
            String contactEmail,
            String customerName,
            @Nullable String requirementLabel,
            Function<AnswerVisibility, List<String>> recipients) {}

    @Id
    private final UUID id;

    @InsertOnlyProperty
    private final String tenantId;

    @InsertOnlyProperty
    private final long dialogueId;

    @InsertOnlyProperty
    private final @Nullable Long requirementId;

    @InsertOnlyProperty
    private final UUID organisationId;

    @InsertOnlyProperty
    private final String askedBy;

    @InsertOnlyProperty
    private final @Nullable String askedByName;

    @InsertOnlyProperty
    private final String questionText;

    @InsertOnlyProperty
    private final Instant askedAt;

    private @Nullable AnswerVisibility visibility;
    private @Nullable String answerText;
    private @Nullable Instant answeredAt;
    private @Nullable String answeredByName;
    private @Nullable Instant publishedAt;

    @Version
    private @Nullable Integer version;

    @Transient
    private final List<DomainEvent> events = new ArrayList<>();

    @PersistenceCreator
    Question(
            UUID id,
            String tenantId,
            long dialogueId,
            @Nullable Long requirementId,
            UUID organisationId,
            String askedBy,
            @Nullable String askedByName,
            String questionText,
            Instant askedAt,
            @Nullable AnswerVisibility visibility,
            @Nullable String answerText,
            @Nullable Instant answeredAt,
            @Nullable String answeredByName,
            @Nullable Instant publishedAt,
            @Nullable Integer version) {
        this.id = id;
        this.tenantId = tenantId;
        this.dialogueId = dialogueId;
        this.requirementId = requirementId;
        this.organisationId = organisationId;
        this.askedBy = askedBy;
        this.askedByName = askedByName;
        this.questionText = questionText;
        this.askedAt = askedAt;
        this.visibility = visibility;
        this.answerText = answerText;
        this.answeredAt = answeredAt;
        this.answeredByName = answeredByName;
        this.publishedAt = publishedAt;
        this.version = version;
    }

    /**
     * A new question; records {@link SupplierQuestionAsked}. The caller has checked that the dialogue takes
     * questions and the requirement is in it.
     *
     * @throws QuestionsRefused.Invalid naming {@code text}: 3–5000 characters, no control characters
     */
    static Question ask(Asked asked, Instant now) {
        String text = PlainText.check("text", asked.text(), MIN_QUESTION, MAX_QUESTION);
        Question question = new Question(
                UUID.randomUUID(),
                asked.tenant(),
                asked.dialogueId(),
                asked.requirementId(),
                asked.organisationId(),
                asked.askedBy(),
                asked.askedByName(),
                text,
                now,
                null,
                null,
                null,
                null,
                null,
                null);
        question.events.add(new SupplierQuestionAsked(
                asked.dialogueId(),
                asked.title(),
                asked.contactEmail(),
                question.id,
                asked.requirementId(),
                asked.requirementLabel(),
                asked.organisationName(),
                text,
                TenantId.of(asked.tenant())));
        return question;
    }

    /** What {@link #ask} needs: the question, who asks, and the dialogue's facts for the contact's mail. */
    record Asked(
            String tenant,
            long dialogueId,
            String title,
            String contactEmail,
            @Nullable Long requirementId,
            @Nullable String requirementLabel,
            UUID organisationId,
            String organisationName,
            String askedBy,
            @Nullable String askedByName,
            @Nullable String text) {}

    /**
     * "Besvar": answers, edits the answer's text, or publishes a private answer (text and visibility given
     * together, as the form sends them). A first answer and a publication record {@link QuestionAnswered}.
     *
     * @throws QuestionsRefused.Invalid naming {@code answer} (1–10000 characters, no control characters)
     * @throws QuestionsRefused.AlreadyPublished when a published answer is to become private
     */
    Change answer(@Nullable String text, AnswerVisibility to, String byName, Instant now, Mailing mailing) {
        String checked = PlainText.check("answer", text, 1, MAX_ANSWER);
        if (visibility == AnswerVisibility.PUBLISHED && to == AnswerVisibility.PRIVATE) {
            throw new QuestionsRefused.AlreadyPublished();
        }
        Change change;
        if (visibility == null) {
            change = Change.ANSWERED;
        } else if (visibility != to) {
            change = Change.PUBLISHED;
        } else if (!checked.equals(answerText)) {
            change = Change.EDITED;
        } else {
            return Change.UNCHANGED;
        }
        answerText = checked;
        answeredAt = now;
        answeredByName = byName;
        visibility = to;
        if (to == AnswerVisibility.PUBLISHED && publishedAt == null) {
            publishedAt = now;
        }
        if (change != Change.EDITED) {
            events.add(new QuestionAnswered(
                    dialogueId,
                    mailing.title(),
                    mailing.contactEmail(),
                    mailing.customerName(),
                    id,
                    requirementId,
                    mailing.requirementLabel(),
                    questionText,
                    checked,
                    to.name(),
                    mailing.recipients().apply(to),
                    TenantId.of(tenantId)));
        }
        return change;
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

    long dialogueId() {
        return dialogueId;
    }

    @Nullable
    Long requirementId() {
        return requirementId;
    }

    UUID organisationId() {
        return organisationId;
    }

    @Nullable
    AnswerVisibility visibility() {
        return visibility;
    }

    @Nullable
    String answerText() {
        return answerText;
    }
}
