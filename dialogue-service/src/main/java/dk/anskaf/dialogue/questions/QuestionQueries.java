package dk.anskaf.dialogue.questions;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side of Spørgsmål og svar under the caller's row-level security: the municipality reads its
 * dialogue's questions with who asked; a supplier reads its own questions from {@code question} and the
 * others' published answers from {@code published_answer}, which has no column naming the asker.
 */
@Component
class QuestionQueries {

    /** "1042 Gendannelse af data" / "F1 Egen integration": how users and mails name a requirement. */
    static final String LABEL = "coalesce(r.catalog_requirement_id::text, 'F' || r.free_text_number) || ' ' || r.name";

    private final JdbcClient jdbc;

    QuestionQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Unanswered first, then in the order asked; empty when the dialogue is not the caller's municipality's. */
    @Transactional(readOnly = true)
    Optional<List<QuestionViews.PurchaserQuestion>> forPurchaser(long dialogueId) {
        if (!visibleDialogue(dialogueId)) {
            return Optional.empty();
        }
        return Optional.of(jdbc.sql("""
                        select q.id, q.requirement_id, %s as requirement_label, q.organisation_id,
                               o.name as organisation_name, q.asked_by, q.asked_by_name, q.question_text as text,
                               q.asked_at, q.visibility, q.answer_text, q.answered_at, q.answered_by_name,
                               q.published_at
                        from question q
                        join supplier_organisation o on o.id = q.organisation_id
                        left join dialogue_requirement r on r.id = q.requirement_id
                        where q.dialogue_id = ?
                        order by (q.visibility is null) desc, q.asked_at, q.id
                        """.formatted(LABEL))
                .param(dialogueId)
                .query(QuestionViews.PurchaserQuestion.class)
                .list());
    }

    @Transactional(readOnly = true)
    Optional<QuestionViews.PurchaserQuestion> forPurchaser(long dialogueId, UUID questionId) {
        return forPurchaser(dialogueId)
                .flatMap(all -> all.stream()
                        .filter(question -> question.id().equals(questionId))
                        .findFirst());
    }

    /** Empty when the organisation was not invited to the dialogue. */
    @Transactional(readOnly = true)
    Optional<QuestionViews.SupplierQuestions> forSupplier(long dialogueId, UUID organisation) {
        boolean invited =
                jdbc.sql("""
                        select count(*) from answer_set s join dialogue d on d.id = s.dialogue_id
                        where s.dialogue_id = ? and s.organisation_id = ? and d.status <> 'DRAFT'
                        """).params(dialogueId, organisation).query(Long.class).single() > 0;
        if (!invited) {
            return Optional.empty();
        }
        List<QuestionViews.OwnQuestion> own = jdbc.sql("""
                        select q.id, q.requirement_id, %s as requirement_label, q.question_text as text, q.asked_at,
                               q.visibility, q.answer_text, q.answered_at
                        from question q left join dialogue_requirement r on r.id = q.requirement_id
                        where q.dialogue_id = ? and q.organisation_id = ?
                        order by q.asked_at desc, q.id
                        """.formatted(LABEL))
                .params(dialogueId, organisation)
                .query(QuestionViews.OwnQuestion.class)
                .list();
        List<QuestionViews.PublishedAnswer> published = jdbc.sql("""
                        select p.question_id, p.requirement_id, %s as requirement_label, p.question_text,
                               p.answer_text, p.published_at
                        from published_answer p left join dialogue_requirement r on r.id = p.requirement_id
                        where p.dialogue_id = ?
                          and not exists (select 1 from question q
                                          where q.id = p.question_id and q.organisation_id = ?)
                        order by p.published_at desc, p.question_id
                        """.formatted(LABEL))
                .params(dialogueId, organisation)
                .query(QuestionViews.PublishedAnswer.class)
                .list();
        return Optional.of(new QuestionViews.SupplierQuestions(own, published));
    }

    @Transactional(readOnly = true)
    Optional<QuestionViews.OwnQuestion> own(long dialogueId, UUID organisation, UUID questionId) {
        return forSupplier(dialogueId, organisation)
                .flatMap(page -> page.own().stream()
                        .filter(question -> question.id().equals(questionId))
                        .findFirst());
    }

    private boolean visibleDialogue(long dialogueId) {
        return jdbc.sql("select count(*) from dialogue where id = ? and status <> 'DRAFT'")
                        .param(dialogueId)
                        .query(Long.class)
                        .single()
                > 0;
    }
}
