package dk.anskaf.dialogue.questions;

import dk.anskaf.platform.security.CurrentUser;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A dialogue's questions for a supplier contact (a supplier token only: {@link CurrentUser#requireSupplierOrganisation()}).
 * The organisation is the token's; a dialogue it was not invited to is 404.
 */
@RestController
class SupplierQuestionController {

    private final QuestionsAndAnswers questions;
    private final QuestionQueries queries;

    SupplierQuestionController(QuestionsAndAnswers questions, QuestionQueries queries) {
        this.questions = questions;
        this.queries = queries;
    }

    /** The organisation's own questions with their answers, and the answers published from others' questions. */
    @GetMapping("/api/v1/supplier/dialogues/{id}/questions")
    QuestionViews.SupplierQuestions questions(@PathVariable long id) {
        UUID organisation = CurrentUser.require().requireSupplierOrganisation();
        return queries.forSupplier(id, organisation).orElseThrow(() -> new QuestionsRefused.DialogueNotFound(id));
    }

    @PostMapping("/api/v1/supplier/dialogues/{id}/questions")
    @ResponseStatus(HttpStatus.CREATED)
    QuestionViews.OwnQuestion ask(@PathVariable long id, @RequestBody QuestionViews.NewQuestion question) {
        CurrentUser supplier = CurrentUser.require();
        UUID questionId = questions.ask(id, question, supplier);
        return queries.own(id, supplier.requireSupplierOrganisation(), questionId)
                .orElseThrow(QuestionsRefused.QuestionNotFound::new);
    }
}
