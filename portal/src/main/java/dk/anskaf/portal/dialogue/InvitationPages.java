package dk.anskaf.portal.dialogue;

import dk.anskaf.dialogue.client.DialogueClient;
import dk.anskaf.platform.client.ServiceProblemException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Inviter leverandør" (DOMAIN.md §5.7): find the supplier organisation by name or CVR, or register a new
 * one with name and CVR on the way, then the contact's address and the mail. Organisations are the
 * platform's, never guessed from an address; dialogue-service checks the CVR (8 digits, modulus 11) and
 * that the dialogue is Aktiv, and sends the sign-in link. Each organisation's status is on the dialogue
 * page.
 */
@Controller
class InvitationPages {

    static final String NO_ORGANISATION = "dialogue.error.organisation";
    private static final List<String> FIELDS =
            List.of("organisation", "newName", "newCvr", "email", "subject", "message");
    /** dialogue-service's field names → this form's. */
    private static final Map<String, String> FIELD_NAMES = Map.of(
            "organisationId", "organisation",
            "newOrganisation", "newName",
            "newOrganisation.name", "newName",
            "newOrganisation.cvr", "newCvr");

    private final DialogueClient dialogues;
    private final DanishTime time;
    private final Refusals refusals;

    InvitationPages(DialogueClient dialogues, DanishTime time, Refusals refusals) {
        this.dialogues = dialogues;
        this.time = time;
        this.refusals = refusals;
    }

    /** @param q search for an organisation by name or CVR */
    @GetMapping("/markedsdialoger/{id}/inviter")
    String form(@PathVariable long id, @RequestParam(required = false) @Nullable String q, Model model) {
        DialogueClient.Dialogue dialogue = dialogues.dialogue(id);
        return page(model, dialogue, q, InvitationForm.prefilled(dialogue, time), Map.of());
    }

    @PostMapping("/markedsdialoger/{id}/inviter")
    String invite(
            @PathVariable long id,
            @ModelAttribute InvitationForm form,
            @RequestParam(required = false) @Nullable String q,
            Model model) {
        DialogueClient.Dialogue dialogue = dialogues.dialogue(id);
        java.util.Optional<DialogueClient.Invitation> invitation = form.toInvitation();
        if (invitation.isEmpty()) {
            return page(model, dialogue, q, form, Map.of("organisation", refusals.text(NO_ORGANISATION)));
        }
        try {
            dialogues.invite(id, invitation.get());
            return "redirect:/markedsdialoger/" + id + "?besked=inviteret";
        } catch (ServiceProblemException refused) {
            Map<String, String> errors = new LinkedHashMap<>();
            refusals.onForm(refused, List.of())
                    .forEach((field, message) -> errors.putIfAbsent(FIELD_NAMES.getOrDefault(field, field), message));
            return page(model, dialogue, q, form, Refusals.inOrder(errors, FIELDS));
        }
    }

    private String page(
            Model model,
            DialogueClient.Dialogue dialogue,
            @Nullable String q,
            InvitationForm form,
            Map<String, String> errors) {
        boolean searched = q != null && !q.isBlank();
        model.addAttribute("dialogue", dialogue);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("organisations", searched ? dialogues.organisations(q.strip()) : List.of());
        model.addAttribute("searched", searched);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("currentPath", "/markedsdialoger/" + dialogue.id() + "/inviter");
        return "markedsdialog/invite";
    }
}
