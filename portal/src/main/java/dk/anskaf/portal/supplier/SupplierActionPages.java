package dk.anskaf.portal.supplier;

import dk.anskaf.dialogue.client.DialogueClient;
import dk.anskaf.dialogue.client.DialogueClient.SupplierDialogue;
import dk.anskaf.dialogue.client.DialogueClient.SupplierDialogueSummary;
import dk.anskaf.platform.client.ServiceProblemException;
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
 * The dialogue page's actions that cannot be undone or change many answers at once, each behind a page of
 * its own that says what will happen and asks for confirmation (a real form, so it works without
 * JavaScript): "Kopier svar fra anden markedsdialog" (§5.9.4), "Afslut besvarelse" (§5.9.5) and "Ønsker
 * ikke at svare" (§5.9.6, kept as a status with the reason). The service's refusal (answers missing,
 * deadline passed, no reason) comes back on the same page with what was typed.
 */
@Controller
class SupplierActionPages {

    private static final String BASE = "/leverandoer/markedsdialoger/";

    private final DialogueClient dialogues;
    private final SupplierTime time;
    private final SupplierRefusals refusals;

    SupplierActionPages(DialogueClient dialogues, SupplierTime time, SupplierRefusals refusals) {
        this.dialogues = dialogues;
        this.time = time;
        this.refusals = refusals;
    }

    /** Step 1 lists the organisation's earlier dialogues; step 2 ({@code fra} chosen) asks to confirm. */
    @GetMapping(BASE + "{id}/kopier")
    String copyForm(@PathVariable long id, @RequestParam(required = false) @Nullable Long fra, Model model) {
        return copyPage(id, fra, Map.of(), model);
    }

    @PostMapping(BASE + "{id}/kopier")
    String copy(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable Long fra,
            Model model,
            HttpServletResponse response) {
        if (fra == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return copyPage(id, null, Map.of("fra", message("supplier.copy.choose.missing")), model);
        }
        try {
            DialogueClient.CopyResult result = dialogues.copyAnswers(id, new DialogueClient.CopySource(fra));
            return "redirect:" + BASE + id + "?besked=kopieret&kopieret=" + result.copied() + "&markeret="
                    + result.markedChanged();
        } catch (ServiceProblemException refused) {
            Map<String, String> errors = refusedWith(refused, List.of("fromDialogueId"), response);
            // The service names its field; the form's is "fra".
            String onSource = errors.remove("fromDialogueId");
            if (onSource != null) {
                errors.put("fra", onSource);
            }
            return copyPage(id, fra, errors, model);
        }
    }

    @GetMapping(BASE + "{id}/afslut")
    String finishForm(@PathVariable long id, Model model) {
        return confirmPage(id, "leverandoer/finish", "afslut", Map.of(), model);
    }

    @PostMapping(BASE + "{id}/afslut")
    String finish(@PathVariable long id, Model model, HttpServletResponse response) {
        try {
            dialogues.finish(id);
            return "redirect:" + BASE + id + "?besked=afsluttet";
        } catch (ServiceProblemException refused) {
            return confirmPage(id, "leverandoer/finish", "afslut", refusedWith(refused, List.of(), response), model);
        }
    }

    @GetMapping(BASE + "{id}/afslaa")
    String declineForm(@PathVariable long id, Model model) {
        model.addAttribute("reason", "");
        return confirmPage(id, "leverandoer/decline", "afslaa", Map.of(), model);
    }

    @PostMapping(BASE + "{id}/afslaa")
    String decline(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String reason,
            Model model,
            HttpServletResponse response) {
        model.addAttribute("reason", reason == null ? "" : reason);
        try {
            dialogues.decline(id, new DialogueClient.Reason(reason));
            return "redirect:" + BASE + id + "?besked=afslaaet";
        } catch (ServiceProblemException refused) {
            return confirmPage(
                    id, "leverandoer/decline", "afslaa", refusedWith(refused, List.of("reason"), response), model);
        }
    }

    private String copyPage(long id, @Nullable Long from, Map<String, String> errors, Model model) {
        List<SupplierDialogueSummary> sources = dialogues.copySources(id);
        model.addAttribute("sources", sources);
        model.addAttribute(
                "source",
                from == null
                        ? null
                        : sources.stream()
                                .filter(source -> source.dialogueId() == from)
                                .findFirst()
                                .orElse(null));
        return confirmPage(id, "leverandoer/copy", "kopier", errors, model);
    }

    private String confirmPage(long id, String view, String path, Map<String, String> errors, Model model) {
        SupplierDialogue dialogue = dialogues.supplierDialogue(id);
        model.addAttribute("dialogue", dialogue);
        model.addAttribute("answering", Answering.of(dialogue, time));
        model.addAttribute("errors", errors);
        // After a post, the language switch must show the form, not send it again.
        model.addAttribute("currentPath", BASE + id + "/" + path);
        return view;
    }

    /** A refusal shown on the form (400, 409); anything else reaches the portal's error pages. */
    private Map<String, String> refusedWith(
            ServiceProblemException refused, List<String> fieldOrder, HttpServletResponse response) {
        if (refused.unavailable() || refused instanceof ServiceProblemException.NotFound) {
            throw refused;
        }
        response.setStatus(refused.status());
        return refusals.of(refused, fieldOrder);
    }

    private String message(String key) {
        return refusals.text(key);
    }
}
