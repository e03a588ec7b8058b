package dk.anskaf.portal.supplier.questions;

import dk.anskaf.dialogue.client.DialogueClient;
import dk.anskaf.dialogue.client.NewQuestion;
import dk.anskaf.platform.client.ServiceProblemException;
import dk.anskaf.portal.dialogue.questions.QuestionRefusals;
import dk.anskaf.portal.supplier.SupplierTime;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Spørgsmål og svar" in the supplier area: the ask form (a requirement of the dialogue or the dialogue as
 * a whole) while the dialogue is Aktiv and the organisation has not declined, its own questions with their
 * answers, and the answers the municipality published from other suppliers' questions (never who asked).
 * dialogue-service checks every rule again; its refusal comes back beside the field with what was typed.
 */
@Controller
class SupplierQuestionPages {

    static final List<String> FIELDS = List.of("requirementId", "text");
    private static final String BASE = "/leverandoer/markedsdialoger/";

    private final DialogueClient dialogues;
    private final SupplierTime time;
    private final QuestionRefusals refusals;

    SupplierQuestionPages(DialogueClient dialogues, SupplierTime time, QuestionRefusals refusals) {
        this.dialogues = dialogues;
        this.time = time;
        this.refusals = refusals;
    }

    /** @param besked "spurgt" after a question was sent */
    @GetMapping(BASE + "{id}/spoergsmaal")
    String page(@PathVariable long id, @RequestParam(required = false) @Nullable String besked, Model model) {
        model.addAttribute("notice", "spurgt".equals(besked) ? besked : null);
        return page(model, id, "", "", Map.of());
    }

    @PostMapping(BASE + "{id}/spoergsmaal")
    String ask(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String requirementId,
            @RequestParam(required = false) @Nullable String text,
            Model model,
            HttpServletResponse response) {
        String about = requirementId == null ? "" : requirementId.strip();
        String typed = text == null ? "" : text;
        Long requirement;
        try {
            requirement = about.isEmpty() ? null : Long.valueOf(about);
        } catch (NumberFormatException notAnId) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(
                    model, id, about, typed, Map.of("requirementId", refusals.text("question-requirement-unknown")));
        }
        try {
            dialogues.askQuestion(id, new NewQuestion(requirement, typed));
            return "redirect:" + BASE + id + "/spoergsmaal?besked=spurgt";
        } catch (ServiceProblemException refused) {
            Map<String, String> errors = refusals.onForm(refused, FIELDS);
            response.setStatus(refused.status());
            return page(model, id, about, typed, errors);
        }
    }

    private String page(Model model, long id, String requirementId, String text, Map<String, String> errors) {
        DialogueClient.SupplierDialogue dialogue = dialogues.supplierDialogue(id);
        boolean mayAsk = "ACTIVE".equals(dialogue.dialogueStatus())
                && !"DECLINED".equals(dialogue.status())
                && !time.passed(dialogue.deadline());
        model.addAttribute("dialogue", dialogue);
        model.addAttribute("mayAsk", mayAsk);
        model.addAttribute("requirements", mayAsk ? dialogues.supplierRequirements(id) : List.of());
        model.addAttribute("questions", dialogues.supplierQuestions(id));
        model.addAttribute("requirementId", requirementId);
        model.addAttribute("text", text);
        model.addAttribute("errors", errors);
        model.addAttribute("currentPath", BASE + id + "/spoergsmaal");
        return "leverandoer/questions";
    }
}
