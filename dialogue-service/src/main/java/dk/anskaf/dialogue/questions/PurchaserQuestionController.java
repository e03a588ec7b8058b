package dk.anskaf.dialogue.questions;

import dk.anskaf.platform.security.CurrentUser;
import dk.anskaf.platform.tenancy.TenantContext;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A dialogue's questions for the purchaser (roles purchaser or editor of the owning municipality; row-level
 * security hides other municipalities' dialogues and questions, so they are 404). A supplier token: 403.
 */
@RestController
@PreAuthorize("hasAnyRole('PURCHASER', 'EDITOR')")
class PurchaserQuestionController {

    private final QuestionsAndAnswers questions;
    private final QuestionQueries queries;

    PurchaserQuestionController(QuestionsAndAnswers questions, QuestionQueries queries) {
        this.questions = questions;
        this.queries = queries;
    }

    /** Unanswered first, then in the order asked; each with who asked and its answer. */
    @GetMapping("/api/v1/dialogues/{id}/questions")
    List<QuestionViews.PurchaserQuestion> questions(@PathVariable long id) {
        TenantContext.require();
        return queries.forPurchaser(id).orElseThrow(() -> new QuestionsRefused.DialogueNotFound(id));
    }

    @PostMapping("/api/v1/dialogues/{id}/questions/{questionId}/answer")
    QuestionViews.PurchaserQuestion answer(
            @PathVariable long id, @PathVariable UUID questionId, @RequestBody QuestionViews.AnswerInput answer) {
        TenantContext.require();
        questions.answer(id, questionId, answer, CurrentUser.require());
        return queries.forPurchaser(id, questionId).orElseThrow(QuestionsRefused.QuestionNotFound::new);
    }
}
