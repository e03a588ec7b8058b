package dk.anskaf.portal.dialogue;

import dk.anskaf.catalog.client.CatalogClient;
import dk.anskaf.dialogue.client.DialogueClient;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * One dialogue's page: its facts, requirement set and suppliers (none asked for while Udkast, when no
 * supplier can have been invited), for the page itself and for an action on it that was refused.
 */
@Component
class DialogueView {

    /** The outcome of the action that led to the page, in the address: the portal keeps no session. */
    static final Set<String> NOTICES = Set.of(
            "aktiveret",
            "rettet",
            "udskudt",
            "annulleret",
            "inviteret",
            "tilfoejet",
            "fjernet",
            "gemt",
            "fritekst",
            "valgt",
            // Lifecycle (#15)
            "leverandoer-valgt",
            "leverandoer-fravalgt",
            "arkiveret",
            "gendannet");

    private final DialogueClient dialogues;
    private final CatalogClient catalog;

    DialogueView(DialogueClient dialogues, CatalogClient catalog) {
        this.dialogues = dialogues;
        this.catalog = catalog;
    }

    /**
     * @param notice a key of {@link #NOTICES}; anything else shows no notice
     * @param errors a refusal of an action on the page ({@code ""}: without a field)
     */
    String page(Model model, long id, @Nullable String notice, Map<String, String> errors) {
        DialogueClient.Dialogue dialogue = dialogues.dialogue(id);
        model.addAttribute("dialogue", dialogue);
        model.addAttribute("requirements", dialogues.requirements(id));
        model.addAttribute("suppliers", "DRAFT".equals(dialogue.status()) ? List.of() : dialogues.suppliers(id));
        model.addAttribute("domainNames", domainNames(dialogue.domainIds()));
        model.addAttribute("notice", notice != null && NOTICES.contains(notice) ? notice : null);
        model.addAttribute("errors", errors);
        model.addAttribute("currentPath", "/markedsdialoger/" + id);
        return "markedsdialog/dialogue";
    }

    /** The dialogue's domains by name, in the catalogue's order. */
    private String domainNames(List<Integer> ids) {
        return String.join(
                ", ",
                catalog.classifications().domains().stream()
                        .filter(domain -> ids.contains(domain.id()))
                        .map(CatalogClient.Named::name)
                        .toList());
    }
}
