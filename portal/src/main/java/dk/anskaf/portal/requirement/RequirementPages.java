package dk.anskaf.portal.requirement;

import dk.anskaf.catalog.client.CatalogClient;
import dk.anskaf.platform.client.ServiceProblemException;
import dk.anskaf.portal.web.ServiceErrors;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
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

    private static final java.util.Set<String> NOTICES = java.util.Set.of(
            "oprettet", "gemt", "slettet", "gendannet", "anmodet", "annulleret", "lokal", "bilag", "bilag-slettet");

    /** The error summary lists problems in the order the fields appear on the form. */
    private static final List<String> FIELD_ORDER = List.of(
            "name",
            "description",
            "rationale",
            "categoryId",
            "subCategoryId",
            "priority",
            "domainIds",
            "filterIds",
            "principleIds",
            "interpretation",
            "stakeholders",
            "notes");

    static final String UNAVAILABLE =
            "Kravkataloget svarer ikke lige nu. Intet er gemt; det, du har skrevet, står stadig i formularen. Prøv igen om lidt.";

    private final CatalogClient catalog;
    private final RequirementViewModel view;
    private final ReferenceData referenceData;

    RequirementPages(CatalogClient catalog, RequirementViewModel view, ReferenceData referenceData) {
        this.catalog = catalog;
        this.view = view;
        this.referenceData = referenceData;
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
        view.addTo(model, id, null);
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
        model.addAttribute("classifications", referenceData.classifications());
        return "krav/history";
    }

    @GetMapping("/krav/ny")
    String createForm(Model model) {
        return form(model, null, RequirementForm.empty(), Map.of());
    }

    @PostMapping("/krav/ny")
    String create(@ModelAttribute RequirementForm form, Model model, HttpServletResponse response) {
        try {
            CatalogClient.Requirement created = catalog.create(form.toDraft());
            return "redirect:/krav/" + created.id() + "?besked=oprettet";
        } catch (ServiceProblemException.BadRequest refused) {
            return form(model, null, form, refused.messagesByField(FIELD_ORDER, ServiceErrors.REFUSED));
        } catch (ServiceProblemException failed) {
            return unavailable(failed, response, model, null, form);
        }
    }

    @GetMapping("/krav/{id}/rediger")
    String editForm(@PathVariable long id, Model model) {
        CatalogClient.Requirement requirement = catalog.requirement(id);
        return form(model, Editing.of(requirement), RequirementForm.of(requirement), Map.of());
    }

    /**
     * Saves a change from the version the editor started from. If someone else saved in between, the
     * catalogue refuses it (412): the form comes back with what the editor typed, what the other person
     * changed, and the newer version underneath, so saving again puts the editor's change on top.
     */
    @PostMapping("/krav/{id}/rediger")
    String edit(
            @PathVariable long id, @ModelAttribute RequirementForm form, Model model, HttpServletResponse response) {
        try {
            catalog.update(id, "\"" + form.version() + "\"", form.toDraft());
            return "redirect:/krav/" + id + "?besked=gemt";
        } catch (ServiceProblemException.BadRequest refused) {
            return form(
                    model,
                    Editing.of(catalog.requirement(id)),
                    form,
                    refused.messagesByField(FIELD_ORDER, ServiceErrors.REFUSED));
        } catch (ServiceProblemException failed) {
            if (failed.status() != HttpStatus.PRECONDITION_FAILED.value() || form.version() == null) {
                return unavailable(failed, response, model, new Editing(id, form.name()), form);
            }
            CatalogClient.Requirement current = catalog.requirement(id);
            // Revision n+1 is the state saved at version n.
            List<CatalogClient.FieldChange> theirs = theirChanges(id, form.version(), current.version());
            RequirementForm.Rebased rebased = form.rebase(current, theirs);
            model.addAttribute("conflict", theirs);
            model.addAttribute("bothChanged", rebased.bothChanged());
            return form(model, Editing.of(current), rebased.form(), Map.of());
        }
    }

    /** "Anmod om ophøjelse": asks the editorial board to make a local requirement cross-municipal. */
    @PostMapping("/krav/{id}/ophoej")
    String requestPromotion(@PathVariable long id, @RequestParam(required = false) String reason, Model model) {
        try {
            catalog.requestPromotion(id, new CatalogClient.NewPromotion(reason, "CROSS_MUNICIPAL", null));
            return "redirect:/krav/" + id + "?besked=anmodet";
        } catch (ServiceProblemException.BadRequest refused) {
            view.addTo(model, id, null);
            model.addAttribute("promotionReason", reason);
            model.addAttribute("currentPath", "/krav/" + id); // the language switch must not repeat the post
            model.addAttribute("errors", refused.messagesByField(List.of("reason"), ServiceErrors.REFUSED));
            return "krav/view";
        }
    }

    /** Withdraws the municipality's pending request; the board no longer sees it. */
    @PostMapping("/krav/{id}/ophoej/{requestId}/annuller")
    String cancelPromotion(@PathVariable long id, @PathVariable java.util.UUID requestId) {
        catalog.cancelPromotion(requestId);
        return "redirect:/krav/" + id + "?besked=annulleret";
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

    /**
     * What changed between the version the editor started from and the current one. History written
     * before every version had a revision may lack one: then the conflict is shown without the list.
     */
    private List<CatalogClient.FieldChange> theirChanges(long id, int from, int to) {
        try {
            return catalog.diff(id, from + 1, to + 1);
        } catch (ServiceProblemException.NotFound missingRevision) {
            return List.of();
        }
    }

    /**
     * The catalogue did not answer: nothing was saved, and the form comes back with everything typed
     * (503), for the user to send again. Any other refusal goes to the error page.
     */
    private String unavailable(
            ServiceProblemException failed,
            HttpServletResponse response,
            Model model,
            Editing editing,
            RequirementForm form) {
        if (!failed.unavailable()) {
            throw failed;
        }
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        return form(model, editing, form, Map.of("", UNAVAILABLE));
    }

    /** The requirement being changed, as the form names it; null for a new one. */
    record Editing(long id, String name) {
        static Editing of(CatalogClient.Requirement requirement) {
            return new Editing(requirement.id(), requirement.name());
        }
    }

    private String form(Model model, Editing editing, RequirementForm form, Map<String, String> errors) {
        model.addAttribute("editing", editing);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("classifications", referenceData.classifications());
        return "krav/form";
    }
}
