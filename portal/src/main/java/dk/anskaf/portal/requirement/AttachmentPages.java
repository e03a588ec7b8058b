package dk.anskaf.portal.requirement;

import dk.anskaf.catalog.client.CatalogClient;
import dk.anskaf.platform.client.ServiceProblemException;
import dk.anskaf.portal.web.ServiceErrors;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Bilag on a requirement: add (the catalogue checks size and type by content and scans the file) and
 * remove. Downloads go straight to the catalogue through the gateway, always as attachments.
 */
@Controller
class AttachmentPages {

    /** The catalogue's limit, checked here too so the user gets the requirement back with the reason. */
    static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

    private final CatalogClient catalog;
    private final RequirementViewModel view;

    AttachmentPages(CatalogClient catalog, RequirementViewModel view) {
        this.catalog = catalog;
        this.view = view;
    }

    @PostMapping("/krav/{id}/bilag")
    String add(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file, Model model) {
        if (file == null || file.isEmpty()) {
            return refused(model, id, "Vælg en fil at vedhæfte");
        }
        if (file.getSize() > MAX_FILE_BYTES) {
            return refused(model, id, "Bilaget er større end 10 MB. Vælg en mindre fil.");
        }
        try {
            catalog.addAttachment(id, file);
            return "redirect:/krav/" + id + "?besked=bilag#bilag";
        } catch (ServiceProblemException.BadRequest refused) {
            return refused(
                    model,
                    id,
                    refused.messagesByField(List.of("file"), ServiceErrors.REFUSED)
                            .values()
                            .iterator()
                            .next());
        }
    }

    @PostMapping("/krav/{id}/bilag/{attachmentId}/slet")
    String delete(@PathVariable long id, @PathVariable UUID attachmentId) {
        catalog.deleteAttachment(attachmentId);
        return "redirect:/krav/" + id + "?besked=bilag-slettet#bilag";
    }

    /** The requirement again, with the reason next to the file field. */
    private String refused(Model model, long id, String reason) {
        view.addTo(model, id, reason);
        model.addAttribute("currentPath", "/krav/" + id); // the language switch reloads the requirement
        model.addAttribute("errors", java.util.Map.of());
        return "krav/view";
    }
}
