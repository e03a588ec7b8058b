package dk.anskaf.portal.dialogue;

import dk.anskaf.dialogue.client.ArchiveRequest;
import dk.anskaf.dialogue.client.DialogueClient;
import dk.anskaf.dialogue.client.SupplierChoice;
import dk.anskaf.dialogue.client.SupplierChoiceInput;
import dk.anskaf.platform.client.ServiceProblemException;
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
 * The purchaser's steps once the answers are in (DOMAIN.md §5.2, §5.11, §5.12): "Vælg leverandør" among
 * the suppliers that answered, "Arkivér" with a warning page when nobody was chosen, "Gendan" from the
 * archive, and "Historik", who changed what. dialogue-service decides every rule; its refusal is shown
 * above the form in the user's language.
 */
@Controller
class AfterAnswersPages {

    /** One line of "Historik" as shown: labels in the user's language, times in Danish time. */
    record HistoryLine(String at, String who, String what, String before, String after, String note) {}

    /** Actions whose values are dialogue states (shown with the status labels). */
    private static final java.util.Set<String> STATE_ACTIONS =
            java.util.Set.of("STATUS", "ARCHIVE", "RESTORE", "DELETE", "UNDELETE");

    /** The radio value that clears the choice. */
    static final String NONE = "ingen";

    private final DialogueClient dialogues;
    private final Refusals refusals;
    private final DanishTime time;

    AfterAnswersPages(DialogueClient dialogues, Refusals refusals, DanishTime time) {
        this.dialogues = dialogues;
        this.refusals = refusals;
        this.time = time;
    }

    @GetMapping("/markedsdialoger/{id}/vaelg-leverandoer")
    String choiceForm(@PathVariable long id, Model model) {
        return choicePage(model, id, Map.of());
    }

    @PostMapping("/markedsdialoger/{id}/vaelg-leverandoer")
    String choose(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String answerSetId,
            @RequestParam(required = false) @Nullable String version,
            Model model) {
        if (answerSetId == null || answerSetId.isBlank()) {
            return choicePage(model, id, Map.of("answerSetId", refusals.text("dialogue.choice.error.none")));
        }
        UUID chosen;
        try {
            chosen = NONE.equals(answerSetId) ? null : UUID.fromString(answerSetId);
        } catch (IllegalArgumentException e) {
            return choicePage(model, id, Map.of("answerSetId", refusals.text("dialogue.choice.error.none")));
        }
        try {
            dialogues.chooseSupplier(
                    id, "\"" + (version == null ? "" : version) + "\"", new SupplierChoiceInput(chosen));
            return "redirect:/markedsdialoger/" + id + "?besked="
                    + (chosen == null ? "leverandoer-fravalgt" : "leverandoer-valgt");
        } catch (ServiceProblemException refused) {
            if (refused.status() == 412) {
                return choicePage(model, id, Map.of("", refusals.text("dialogue.choice.error.stale")));
            }
            return choicePage(model, id, refusals.onForm(refused, List.of("answerSetId")));
        }
    }

    /** The confirm page; it warns when a Besvaret dialogue has no chosen supplier. */
    @GetMapping("/markedsdialoger/{id}/arkiver")
    String archiveForm(@PathVariable long id, Model model) {
        return archivePage(model, id, Map.of());
    }

    /**
     * Archives; {@code udenLeverandoer=ja} comes only from the warning, so an archive without a chosen
     * supplier is always a decision the purchaser saw.
     */
    @PostMapping("/markedsdialoger/{id}/arkiver")
    String archive(
            @PathVariable long id, @RequestParam(required = false) @Nullable String udenLeverandoer, Model model) {
        try {
            dialogues.archive(id, new ArchiveRequest("ja".equals(udenLeverandoer)));
            return "redirect:/markedsdialoger/" + id + "?besked=arkiveret";
        } catch (ServiceProblemException refused) {
            return archivePage(model, id, refusals.onForm(refused, List.of()));
        }
    }

    @PostMapping("/markedsdialoger/{id}/gendan")
    String restore(@PathVariable long id, Model model) {
        try {
            dialogues.restore(id);
            return "redirect:/markedsdialoger/" + id + "?besked=gendannet";
        } catch (ServiceProblemException refused) {
            return archivePage(model, id, refusals.onForm(refused, List.of()));
        }
    }

    @GetMapping("/markedsdialoger/{id}/historik")
    String history(@PathVariable long id, Model model) {
        model.addAttribute("dialogue", dialogues.dialogue(id));
        model.addAttribute(
                "entries",
                dialogues.audit(id).stream()
                        .map(e -> new HistoryLine(
                                time.show(e.at()),
                                e.actorName(),
                                refusals.text("dialogue.history.action." + e.action()),
                                shown(e.action(), e.oldValue()),
                                shown(e.action(), e.newValue()),
                                note(e.subject())))
                        .toList());
        model.addAttribute("currentPath", "/markedsdialoger/" + id + "/historik");
        return "markedsdialog/history";
    }

    private String shown(String action, @Nullable String value) {
        if (value == null) {
            return "–";
        }
        if ("DEADLINE".equals(action)) {
            try {
                return time.show(java.time.OffsetDateTime.parse(value));
            } catch (java.time.format.DateTimeParseException e) {
                return value;
            }
        }
        return STATE_ACTIONS.contains(action) ? refusals.text("dialogue.status." + value) : value;
    }

    /** The deadline job's own reasons are codes; a purchaser's reason is shown as typed. */
    private String note(@Nullable String subject) {
        if (subject == null) {
            return "";
        }
        return "deadline-reached".equals(subject) || "all-answered".equals(subject)
                ? refusals.text("dialogue.history.subject." + subject)
                : subject;
    }

    private String choicePage(Model model, long id, Map<String, String> errors) {
        DialogueClient.Dialogue dialogue = dialogues.dialogue(id);
        SupplierChoice choice = dialogues.supplierChoice(id);
        model.addAttribute("dialogue", dialogue);
        model.addAttribute("choice", choice);
        model.addAttribute(
                "answered",
                choice.candidates().stream()
                        .filter(SupplierChoice.Candidate::answered)
                        .toList());
        model.addAttribute("errors", Refusals.inOrder(errors, List.of("answerSetId")));
        model.addAttribute("currentPath", "/markedsdialoger/" + id + "/vaelg-leverandoer");
        return "markedsdialog/choose";
    }

    private String archivePage(Model model, long id, Map<String, String> errors) {
        DialogueClient.Dialogue dialogue = dialogues.dialogue(id);
        boolean withoutSupplier = "ANSWERED".equals(dialogue.status())
                && dialogues.supplierChoice(id).chosen() == null;
        model.addAttribute("dialogue", dialogue);
        model.addAttribute("withoutSupplier", withoutSupplier);
        model.addAttribute("errors", Refusals.inOrder(errors, List.of()));
        model.addAttribute("currentPath", "/markedsdialoger/" + id + "/arkiver");
        return "markedsdialog/archive";
    }
}
