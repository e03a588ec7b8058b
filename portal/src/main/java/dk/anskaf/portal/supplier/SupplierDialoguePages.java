package dk.anskaf.portal.supplier;

import dk.anskaf.dialogue.client.DialogueClient;
import dk.anskaf.dialogue.client.DialogueClient.SupplierDialogue;
import dk.anskaf.dialogue.client.DialogueClient.SupplierRequirement;
import dk.anskaf.platform.client.ServiceProblemException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Mine markedsdialoger" and one dialogue's page (DOMAIN.md §5.8): description, status, deadline in Danish
 * time, progress, and the choices made once for the whole answer set: Driftsmodel (which answers Ikke
 * relevant where it rules a requirement out, §5.9.1) and the IT system offered (§5.9.2).
 */
@Controller
class SupplierDialoguePages {

    /** The outcome of the action that led to the dialogue page, in the address: the portal keeps no session. */
    static final Set<String> NOTICES =
            Set.of("driftsmodel", "it-system", "gemt", "afsluttet", "afslaaet", "kopieret", "sendt-tilbage");

    static final List<String> OPERATING_MODELS = List.of("NOT_DECIDED", "SAAS", "ON_PREMISE", "BOTH");

    private final DialogueClient dialogues;
    private final SupplierTime time;
    private final SupplierRefusals refusals;

    SupplierDialoguePages(DialogueClient dialogues, SupplierTime time, SupplierRefusals refusals) {
        this.dialogues = dialogues;
        this.time = time;
        this.refusals = refusals;
    }

    @GetMapping("/leverandoer/markedsdialoger")
    String list(Model model) {
        model.addAttribute("dialogues", dialogues.supplierDialogues());
        return "leverandoer/list";
    }

    /**
     * @param system a search in the IT-system catalogue (the "Søg" form on the page)
     * @param kopieret with {@code markeret}: the counts of a copy just made
     */
    @GetMapping("/leverandoer/markedsdialoger/{id}")
    String dialogue(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String besked,
            @RequestParam(required = false) @Nullable String system,
            @RequestParam(required = false) @Nullable Integer kopieret,
            @RequestParam(required = false) @Nullable Integer markeret,
            Model model) {
        model.addAttribute("notice", besked != null && NOTICES.contains(besked) ? besked : null);
        model.addAttribute("copied", kopieret);
        model.addAttribute("markedChanged", markeret == null ? 0 : markeret);
        return page(id, model, system, null, Map.of());
    }

    @PostMapping("/leverandoer/markedsdialoger/{id}/driftsmodel")
    String chooseOperatingModel(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String operatingModel,
            Model model,
            HttpServletResponse response) {
        try {
            dialogues.chooseOperatingModel(id, new DialogueClient.OperatingModel(operatingModel));
            return "redirect:/leverandoer/markedsdialoger/" + id + "?besked=driftsmodel";
        } catch (ServiceProblemException refused) {
            return refusedOn(id, refused, "operatingModel", operatingModel, model, response);
        }
    }

    @PostMapping("/leverandoer/markedsdialoger/{id}/it-system")
    String chooseItSystem(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable UUID kitosUuid,
            @RequestParam(required = false) @Nullable String system,
            Model model,
            HttpServletResponse response) {
        try {
            dialogues.chooseItSystem(id, new DialogueClient.ItSystemChoice(kitosUuid));
            return "redirect:/leverandoer/markedsdialoger/" + id + "?besked=it-system";
        } catch (ServiceProblemException refused) {
            model.addAttribute("systemSearch", system);
            return refusedOn(id, refused, "kitosUuid", null, model, response);
        }
    }

    /** "Send opdateret besvarelse tilbage til kunde": ends the elaboration round (§5.10; issue #15 "review"). */
    @PostMapping("/leverandoer/markedsdialoger/{id}/uddybning/send")
    String sendElaborationBack(@PathVariable long id, Model model, HttpServletResponse response) {
        try {
            dialogues.sendElaborationBack(id);
            return "redirect:/leverandoer/markedsdialoger/" + id + "?besked=sendt-tilbage";
        } catch (ServiceProblemException refused) {
            return refusedOn(id, refused, "send-back", null, model, response);
        }
    }

    /** The dialogue page again with the refusal at the form it came from; a server error goes to its page. */
    private String refusedOn(
            long id,
            ServiceProblemException refused,
            String field,
            @Nullable String typedModel,
            Model model,
            HttpServletResponse response) {
        if (refused.unavailable() || refused instanceof ServiceProblemException.NotFound) {
            throw refused;
        }
        response.setStatus(refused.status());
        Map<String, String> errors = refusals.of(refused, List.of(field));
        // A refused value without a named field belongs to the form that was sent; a conflict (deadline
        // passed, finished) concerns the whole dialogue, whose forms may no longer be shown.
        String reason = errors.get("");
        if (reason != null && refused instanceof ServiceProblemException.BadRequest) {
            errors.remove("");
            errors.put(field, reason);
        }
        model.addAttribute("currentPath", "/leverandoer/markedsdialoger/" + id); // the language switch must not repost
        Object search = model.getAttribute("systemSearch");
        return page(id, model, search instanceof String s ? s : null, typedModel, errors);
    }

    private String page(
            long id, Model model, @Nullable String system, @Nullable String typedModel, Map<String, String> errors) {
        SupplierDialogue dialogue = dialogues.supplierDialogue(id);
        List<SupplierRequirement> requirements = dialogues.supplierRequirements(id);
        model.addAttribute("dialogue", dialogue);
        model.addAttribute("answering", Answering.of(dialogue, time));
        model.addAttribute("operatingModels", OPERATING_MODELS);
        model.addAttribute("operatingModel", typedModel != null ? typedModel : dialogue.operatingModel());
        model.addAttribute("firstToAnswer", firstToAnswer(requirements));
        model.addAttribute("systemSearch", system);
        model.addAttribute("systems", system == null || system.isBlank() ? null : dialogues.itSystems(system.strip()));
        model.addAttribute("errors", errors);
        return "leverandoer/dialogue";
    }

    /** "Besvar krav" opens the first requirement without an answer, or the first of all when all have one. */
    static @Nullable Long firstToAnswer(List<SupplierRequirement> requirements) {
        return requirements.stream()
                .filter(requirement -> requirement.answer() == null)
                .findFirst()
                .or(() -> requirements.stream().findFirst())
                .map(SupplierRequirement::requirementId)
                .orElse(null);
    }
}
