package dk.anskaf.portal.dialogue;

import dk.anskaf.dialogue.client.DialogueClient;
import dk.anskaf.platform.client.ServiceProblemException;
import dk.anskaf.portal.web.PortalUser;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The municipal administrator's soft delete of a market dialogue (issue #15): a confirm page with a
 * required reason, the list of deleted dialogues and bringing one back. Only administrators of a
 * municipality get these pages (403 page otherwise, before any call); dialogue-service and its row-level
 * security check the same role again.
 */
@Controller
class DeletionPages {

    private static final Set<String> NOTICES = Set.of("slettet", "gendannet");

    private final DialogueClient dialogues;
    private final Refusals refusals;

    DeletionPages(DialogueClient dialogues, Refusals refusals) {
        this.dialogues = dialogues;
        this.refusals = refusals;
    }

    @GetMapping("/administration/markedsdialoger/slettede")
    String deleted(@RequestParam(required = false) @Nullable String besked, Model model) {
        requireAdministrator();
        model.addAttribute("deleted", dialogues.deletedDialogues());
        model.addAttribute("notice", besked != null && NOTICES.contains(besked) ? besked : null);
        model.addAttribute("currentPath", "/administration/markedsdialoger/slettede");
        return "markedsdialog/deleted";
    }

    @GetMapping("/administration/markedsdialoger/{id}/slet")
    String deleteForm(@PathVariable long id, Model model) {
        requireAdministrator();
        return deletePage(model, id, "", Map.of());
    }

    @PostMapping("/administration/markedsdialoger/{id}/slet")
    String delete(@PathVariable long id, @RequestParam(required = false) @Nullable String reason, Model model) {
        requireAdministrator();
        if (reason == null || reason.isBlank()) {
            return deletePage(model, id, reason, Map.of("reason", refusals.text(LifecyclePages.NO_REASON)));
        }
        try {
            dialogues.deleteDialogue(id, new DialogueClient.Reason(reason));
            return "redirect:/administration/markedsdialoger/slettede?besked=slettet";
        } catch (ServiceProblemException refused) {
            return deletePage(model, id, reason, refusals.onForm(refused, List.of("reason")));
        }
    }

    @PostMapping("/administration/markedsdialoger/{id}/gendan")
    String undelete(@PathVariable long id) {
        requireAdministrator();
        dialogues.undeleteDialogue(id);
        return "redirect:/administration/markedsdialoger/slettede?besked=gendannet";
    }

    private String deletePage(Model model, long id, @Nullable String reason, Map<String, String> errors) {
        model.addAttribute("id", id);
        model.addAttribute("reason", reason == null ? "" : reason);
        model.addAttribute("errors", Refusals.inOrder(errors, List.of("reason")));
        model.addAttribute("currentPath", "/administration/markedsdialoger/" + id + "/slet");
        return "markedsdialog/delete";
    }

    /** The portal's 403 page (PurchasersOnly answers it) for anyone but a municipality's administrator. */
    private static void requireAdministrator() {
        boolean administrator = PortalUser.current()
                .map(user -> user.municipality() != null && user.has("administrator"))
                .orElse(false);
        if (!administrator) {
            throw new PurchasersOnly.NotAPurchaser();
        }
    }
}
