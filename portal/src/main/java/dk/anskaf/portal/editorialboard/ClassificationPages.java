package dk.anskaf.portal.editorialboard;

import dk.anskaf.catalog.client.CatalogClient;
import dk.anskaf.platform.client.ServiceProblemException;
import dk.anskaf.portal.web.ServiceErrors;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Klassifikation: the editorial board keeps categories with sub-categories, domains, filters (the
 * guided questions) and principles. Adding is on the overview; renaming and deleting on each item's
 * own page. Something still in use cannot be deleted, and the page says by how many requirements.
 */
@Controller
class ClassificationPages {

    static final Set<String> KINDS = Set.of("categories", "sub-categories", "domains", "filters", "principles");
    private static final List<String> FIELD_ORDER = List.of("name", "text", "categoryId");

    private final CatalogClient catalog;

    ClassificationPages(CatalogClient catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/kravredaktion/klassifikation")
    String overview(@RequestParam(required = false) String besked, Model model) {
        model.addAttribute("notice", "gemt".equals(besked) || "slettet".equals(besked) ? besked : null);
        return overview(model, null, null, Map.of());
    }

    @PostMapping("/kravredaktion/klassifikation/{kind}")
    String add(@PathVariable String kind, CatalogClient.ClassificationInput input, Model model) {
        try {
            catalog.addClassification(known(kind), input);
            return "redirect:/kravredaktion/klassifikation?besked=gemt#" + kind;
        } catch (ServiceProblemException.BadRequest | ServiceProblemException.Conflict refused) {
            model.addAttribute("notice", null);
            return overview(model, kind, input, errors(refused));
        }
    }

    @GetMapping("/kravredaktion/klassifikation/{kind}/{id}")
    String item(@PathVariable String kind, @PathVariable int id, Model model) {
        CatalogClient.Named item = find(known(kind), id)
                .orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
        return item(model, kind, id, new CatalogClient.ClassificationInput(item.name(), text(item), null), Map.of());
    }

    @PostMapping("/kravredaktion/klassifikation/{kind}/{id}")
    String rename(
            @PathVariable String kind, @PathVariable int id, CatalogClient.ClassificationInput input, Model model) {
        try {
            catalog.renameClassification(known(kind), id, input);
            return "redirect:/kravredaktion/klassifikation?besked=gemt#" + kind;
        } catch (ServiceProblemException.BadRequest | ServiceProblemException.Conflict refused) {
            return item(model, kind, id, input, errors(refused));
        }
    }

    @PostMapping("/kravredaktion/klassifikation/{kind}/{id}/slet")
    String delete(@PathVariable String kind, @PathVariable int id, Model model) {
        try {
            catalog.deleteClassification(known(kind), id);
            return "redirect:/kravredaktion/klassifikation?besked=slettet#" + kind;
        } catch (ServiceProblemException.Conflict inUse) {
            CatalogClient.Named item = find(kind, id).orElseThrow();
            return item(
                    model,
                    kind,
                    id,
                    new CatalogClient.ClassificationInput(item.name(), text(item), null),
                    inUse.messagesByField(List.of(), ServiceErrors.REFUSED));
        }
    }

    private String overview(
            Model model, String failedKind, CatalogClient.ClassificationInput input, Map<String, String> errors) {
        model.addAttribute("classifications", catalog.classifications());
        model.addAttribute("failedKind", failedKind);
        model.addAttribute("currentPath", "/kravredaktion/klassifikation"); // also after a post
        model.addAttribute("input", input);
        model.addAttribute("errors", errors);
        return "kravredaktion/classifications";
    }

    private String item(
            Model model, String kind, int id, CatalogClient.ClassificationInput input, Map<String, String> errors) {
        model.addAttribute("kind", kind);
        model.addAttribute("id", id);
        model.addAttribute("currentPath", "/kravredaktion/klassifikation/" + kind + "/" + id); // also after a post
        model.addAttribute("input", input);
        model.addAttribute("errors", errors);
        return "kravredaktion/classification";
    }

    private Optional<CatalogClient.Named> find(String kind, int id) {
        CatalogClient.Classifications all = catalog.classifications();
        List<CatalogClient.Named> items = switch (kind) {
            case "categories" ->
                all.categories().stream()
                        .map(c -> new CatalogClient.Named(c.id(), c.name(), null, null))
                        .toList();
            case "sub-categories" ->
                all.categories().stream()
                        .flatMap(c -> c.subCategories().stream())
                        .toList();
            case "domains" -> all.domains();
            case "filters" -> all.filters();
            default -> all.principles();
        };
        return items.stream().filter(item -> item.id() == id).findFirst();
    }

    private static String text(CatalogClient.Named item) {
        return item.question() != null ? item.question() : item.reference();
    }

    private static Map<String, String> errors(ServiceProblemException refused) {
        return refused.messagesByField(FIELD_ORDER, ServiceErrors.REFUSED);
    }

    private static String known(String kind) {
        if (!KINDS.contains(kind)) {
            throw new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
        }
        return kind;
    }
}
