package dk.anskaf.portal.dialogue.questions;

import dk.anskaf.dialogue.client.DialogueClient;
import dk.anskaf.dialogue.client.PurchaserQuestion;
import dk.anskaf.dialogue.client.QuestionAnswerInput;
import dk.anskaf.platform.client.ServiceProblemException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Spørgsmål og svar" for the purchaser (the purchaser pages' interceptor admits purchasers and editors
 * only): the list, unanswered first, and one question's answer form. Who asked is shown here and only
 * here; dialogue-service mails a published answer to every supplier without it.
 */
@Controller
class QuestionPages {

    static final List<String> FIELDS = List.of("answer", "visibility");
    private static final String BASE = "/markedsdialoger/";

    private final DialogueClient dialogues;
    private final QuestionRefusals refusals;

    QuestionPages(DialogueClient dialogues, QuestionRefusals refusals) {
        this.dialogues = dialogues;
        this.refusals = refusals;
    }

    /** @param besked "besvaret" after an answer was saved */
    @GetMapping(BASE + "{id}/spoergsmaal")
    String list(@PathVariable long id, @RequestParam(required = false) @Nullable String besked, Model model) {
        model.addAttribute("dialogue", dialogues.dialogue(id));
        model.addAttribute("questions", dialogues.questions(id));
        model.addAttribute("notice", "besvaret".equals(besked) ? besked : null);
        model.addAttribute("currentPath", BASE + id + "/spoergsmaal");
        return "markedsdialog/questions";
    }

    @GetMapping(BASE + "{id}/spoergsmaal/{questionId}")
    String form(@PathVariable long id, @PathVariable UUID questionId, Model model) {
        PurchaserQuestion question = question(id, questionId);
        String visibility = question.visibility() == null ? "" : question.visibility();
        String text = question.answerText() == null ? "" : question.answerText();
        return page(model, id, question, text, visibility, Map.of());
    }

    @PostMapping(BASE + "{id}/spoergsmaal/{questionId}")
    String answer(
            @PathVariable long id,
            @PathVariable UUID questionId,
            @RequestParam(required = false) @Nullable String answer,
            @RequestParam(required = false) @Nullable String visibility,
            Model model,
            HttpServletResponse response) {
        String text = answer == null ? "" : answer;
        String chosen = visibility == null ? "" : visibility;
        try {
            dialogues.answerQuestion(id, questionId, new QuestionAnswerInput(text, chosen));
            return "redirect:" + BASE + id + "/spoergsmaal?besked=besvaret";
        } catch (ServiceProblemException refused) {
            Map<String, String> errors = refusals.onForm(refused, FIELDS);
            response.setStatus(refused.status());
            return page(model, id, question(id, questionId), text, chosen, errors);
        }
    }

    private PurchaserQuestion question(long id, UUID questionId) {
        return dialogues.questions(id).stream()
                .filter(question -> question.id().equals(questionId))
                .findFirst()
                .orElseThrow(() -> new QuestionNotFound(questionId));
    }

    private String page(
            Model model,
            long id,
            PurchaserQuestion question,
            String answer,
            String visibility,
            Map<String, String> errors) {
        model.addAttribute("dialogue", dialogues.dialogue(id));
        model.addAttribute("question", question);
        model.addAttribute("answer", answer);
        model.addAttribute("visibility", visibility);
        model.addAttribute("errors", errors);
        model.addAttribute("currentPath", BASE + id + "/spoergsmaal/" + question.id());
        return "markedsdialog/question";
    }

    /** The portal's 404 page: no such question in the caller's dialogue. */
    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
    static final class QuestionNotFound extends RuntimeException {
        QuestionNotFound(UUID questionId) {
            super("no question " + questionId, null, false, false);
        }
    }
}
