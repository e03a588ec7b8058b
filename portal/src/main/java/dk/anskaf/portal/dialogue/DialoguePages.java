package dk.anskaf.portal.dialogue;

import dk.anskaf.catalog.client.CatalogClient;
import dk.anskaf.dialogue.client.DialogueClient;
import dk.anskaf.platform.client.ServiceProblemException;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Markedsdialog: the lists Igangværende and Arkiverede, "Ny markedsdialog" with the question that follows
 * it ("Guidet forløb til at vælge krav"), and one dialogue's page with its facts, requirement set and
 * suppliers. dialogue-service decides what the caller may see and do; the page offers only what the
 * dialogue's state allows.
 */
@Controller
class DialoguePages {

    static final String STALE = "dialogue.error.stale";

    private final DialogueClient dialogues;
    private final CatalogClient catalog;
    private final Refusals refusals;
    private final DialogueView view;

    DialoguePages(DialogueClient dialogues, CatalogClient catalog, Refusals refusals, DialogueView view) {
        this.dialogues = dialogues;
        this.catalog = catalog;
        this.refusals = refusals;
        this.view = view;
    }

    /** @param liste {@code arkiverede} for Arkiverede, anything else Igangværende */
    @GetMapping("/markedsdialoger")
    String list(@RequestParam(required = false) @Nullable String liste, Model model) {
        boolean archived = "arkiverede".equals(liste);
        model.addAttribute("archived", archived);
        model.addAttribute("dialogues", dialogues.dialogues(archived ? "ARCHIVED" : "ONGOING"));
        return "markedsdialog/list";
    }

    @GetMapping("/markedsdialoger/ny")
    String createForm(Model model) {
        return form(model, DialogueForm.empty(userEmail()), Map.of());
    }

    @PostMapping("/markedsdialoger/ny")
    String create(@ModelAttribute DialogueForm form, Model model) {
        try {
            DialogueClient.Dialogue created = dialogues.create(form.toDraft());
            return "redirect:/markedsdialoger/" + created.id() + "/start";
        } catch (ServiceProblemException refused) {
            return form(model, form, refusals.onForm(refused, DialogueForm.FIELDS));
        }
    }

    /** "Guidet forløb til at vælge krav": Ja tak (the questions) or Nej tak, jeg klarer det selv. */
    @GetMapping("/markedsdialoger/{id}/start")
    String start(@PathVariable long id, Model model) {
        model.addAttribute("dialogue", dialogues.dialogue(id));
        return "markedsdialog/start";
    }

    /** "Ret oplysninger": every field while Udkast, afterwards only the contact e-mail (§5.2). */
    @GetMapping("/markedsdialoger/{id}/rediger")
    String editForm(@PathVariable long id, Model model) {
        DialogueClient.Dialogue dialogue = dialogues.dialogue(id);
        return editPage(model, dialogue, DialogueForm.of(dialogue), Map.of());
    }

    /**
     * Saves from the version the purchaser started from. If someone saved in between (412), the form
     * comes back with what was typed, the newer version underneath and a note, so saving again puts it on
     * top.
     */
    @PostMapping("/markedsdialoger/{id}/rediger")
    String edit(@PathVariable long id, @ModelAttribute DialogueForm form, Model model) {
        DialogueClient.Dialogue current = dialogues.dialogue(id);
        DialogueForm sent = "DRAFT".equals(current.status()) ? form : form.onlyContactEmail(current);
        try {
            dialogues.update(id, "\"" + sent.version() + "\"", sent.toDraft());
            return "redirect:/markedsdialoger/" + id + "?besked=rettet";
        } catch (ServiceProblemException.PreconditionFailed stale) {
            DialogueClient.Dialogue newer = dialogues.dialogue(id);
            DialogueForm rebased = new DialogueForm(
                    form.title(),
                    form.description(),
                    form.contactEmail(),
                    form.domainIds(),
                    form.prioritiesVisible(),
                    form.pricesRequested(),
                    newer.version(),
                    form.answersVisibility());
            return editPage(model, newer, rebased, Map.of("", refusals.text(STALE)));
        } catch (ServiceProblemException refused) {
            return editPage(model, current, form, refusals.onForm(refused, DialogueForm.FIELDS));
        }
    }

    @GetMapping("/markedsdialoger/{id}")
    String dialogue(@PathVariable long id, @RequestParam(required = false) @Nullable String besked, Model model) {
        return view.page(model, id, besked, Map.of());
    }

    private String editPage(
            Model model, DialogueClient.Dialogue dialogue, DialogueForm form, Map<String, String> errors) {
        model.addAttribute("editing", dialogue);
        model.addAttribute("currentPath", "/markedsdialoger/" + dialogue.id() + "/rediger");
        return formPage(model, form, errors);
    }

    private String form(Model model, DialogueForm form, Map<String, String> errors) {
        model.addAttribute("editing", null);
        model.addAttribute("currentPath", "/markedsdialoger/ny"); // the language switch must not repeat a post
        return formPage(model, form, errors);
    }

    private String formPage(Model model, DialogueForm form, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("domains", catalog.classifications().domains());
        return "markedsdialog/form";
    }

    /** The purchaser's own address, a sensible first Kontakt email. */
    private static @Nullable String userEmail() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token
                ? token.getToken().getClaimAsString("email")
                : null;
    }
}
