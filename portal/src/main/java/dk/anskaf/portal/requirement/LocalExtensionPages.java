package dk.anskaf.portal.requirement;

import dk.anskaf.catalog.client.CatalogClient;
import dk.anskaf.platform.client.ServiceProblemException;
import dk.anskaf.portal.web.ServiceErrors;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Lokal udvidelse: a municipality's own description, interpretation and stakeholders on a shared
 * requirement, marking it a favourite, or opting out of it with a reason. The shared text is untouched.
 */
@Controller
class LocalExtensionPages {

    private static final List<String> FIELD_ORDER =
            List.of("localDescription", "interpretation", "stakeholders", "optedOut", "optOutReason");

    private final CatalogClient catalog;

    LocalExtensionPages(CatalogClient catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/krav/{id}/lokal")
    String form(@PathVariable long id, Model model) {
        return form(model, id, catalog.localExtension(id), Map.of());
    }

    @PostMapping("/krav/{id}/lokal")
    String save(@PathVariable long id, @ModelAttribute ExtensionForm form, Model model) {
        try {
            catalog.saveLocalExtension(id, form.toExtension());
            return "redirect:/krav/" + id + "?besked=lokal";
        } catch (ServiceProblemException.BadRequest refused) {
            return form(model, id, form.toExtension(), refused.messagesByField(FIELD_ORDER, ServiceErrors.REFUSED));
        }
    }

    private String form(Model model, long id, CatalogClient.LocalExtension extension, Map<String, String> errors) {
        model.addAttribute("requirement", catalog.requirement(id));
        model.addAttribute("extension", extension);
        model.addAttribute("errors", errors);
        return "krav/extension";
    }

    /** What the form posts; unchecked boxes arrive as nothing. */
    record ExtensionForm(
            String localDescription,
            String interpretation,
            String stakeholders,
            Boolean favourite,
            Boolean optedOut,
            String optOutReason) {

        CatalogClient.LocalExtension toExtension() {
            return new CatalogClient.LocalExtension(
                    localDescription,
                    interpretation,
                    stakeholders,
                    Boolean.TRUE.equals(favourite),
                    Boolean.TRUE.equals(optedOut),
                    optOutReason);
        }
    }
}
