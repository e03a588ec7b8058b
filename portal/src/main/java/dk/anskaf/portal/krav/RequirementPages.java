package dk.anskaf.portal.krav;

import dk.anskaf.catalog.client.CatalogClient;
import feign.FeignException;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Krav: the lists with search, filter, sort and paging (all done by the catalogue), one requirement,
 * creating a local requirement, delete and restore. Whatever the catalogue refuses is shown on the form
 * with what the user typed.
 */
@Controller
class RequirementPages {

    private static final java.util.Set<String> NOTICES =
            java.util.Set.of("oprettet", "slettet", "gendannet", "anmodet");

    /** The error summary lists problems in the order the fields appear on the form. */
    private static final List<String> FIELD_ORDER =
            List.of("name", "description", "rationale", "categoryId", "priority");

    private final CatalogClient catalog;

    RequirementPages(CatalogClient catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/krav")
    String list(@ModelAttribute("search") ListParameters search, Model model) {
        CatalogClient.RequirementPage page = catalog.requirements(search.toSearch());
        model.addAttribute("result", page);
        model.addAttribute(
                "pages", Math.max(1, (page.total() + ListParameters.PAGE_SIZE - 1) / ListParameters.PAGE_SIZE));
        model.addAttribute("classifications", catalog.classifications());
        return "krav/list";
    }

    @GetMapping("/krav/{id}")
    String view(@PathVariable long id, @RequestParam(required = false) String besked, Model model) {
        model.addAttribute("requirement", catalog.requirement(id));
        // The outcome of the action that led here, in the address: the portal keeps no session.
        model.addAttribute("notice", besked != null && NOTICES.contains(besked) ? besked : null);
        model.addAttribute("errors", Map.of());
        return "krav/view";
    }

    /** Historik: every revision with author, and the differences between two of them (default: the last two). */
    @GetMapping("/krav/{id}/historik")
    String history(
            @PathVariable long id,
            @RequestParam(required = false) Integer fra,
            @RequestParam(required = false) Integer til,
            Model model) {
        List<CatalogClient.RevisionSummary> revisions = catalog.revisions(id);
        int latest = revisions.stream()
                .mapToInt(CatalogClient.RevisionSummary::revision)
                .max()
                .orElse(1);
        int to = til != null ? til : latest;
        int from = fra != null ? fra : Math.max(1, to - 1);
        model.addAttribute("requirement", catalog.requirement(id));
        model.addAttribute("revisions", revisions);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("changes", from == to ? List.of() : catalog.diff(id, from, to));
        return "krav/history";
    }

    @GetMapping("/krav/ny")
    String createForm(Model model) {
        return form(model, RequirementForm.empty(), Map.of());
    }

    @PostMapping("/krav/ny")
    String create(@ModelAttribute RequirementForm form, Model model) {
        try {
            CatalogClient.Requirement created = catalog.create(form.toDraft());
            return "redirect:/krav/" + created.id() + "?besked=oprettet";
        } catch (FeignException.BadRequest refused) {
            return form(model, form, CatalogErrors.of(refused, FIELD_ORDER));
        }
    }

    /** "Anmod om ophøjelse": asks the editorial board to make a local requirement cross-municipal. */
    @PostMapping("/krav/{id}/ophoej")
    String requestPromotion(@PathVariable long id, @RequestParam(required = false) String reason, Model model) {
        try {
            catalog.requestPromotion(id, new CatalogClient.NewPromotion(reason, "CROSS_MUNICIPAL", null));
            return "redirect:/krav/" + id + "?besked=anmodet";
        } catch (FeignException.BadRequest refused) {
            model.addAttribute("requirement", catalog.requirement(id));
            model.addAttribute("promotionReason", reason);
            model.addAttribute("errors", CatalogErrors.of(refused, List.of("reason")));
            return "krav/view";
        }
    }

    @PostMapping("/krav/{id}/slet")
    String delete(@PathVariable long id) {
        catalog.delete(id);
        return "redirect:/krav/" + id + "?besked=slettet";
    }

    @PostMapping("/krav/{id}/gendan")
    String restore(@PathVariable long id) {
        catalog.restore(id);
        return "redirect:/krav/" + id + "?besked=gendannet";
    }

    private String form(Model model, RequirementForm form, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("classifications", catalog.classifications());
        return "krav/form";
    }
}
