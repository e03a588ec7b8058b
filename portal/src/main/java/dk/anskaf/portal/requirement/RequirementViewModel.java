package dk.anskaf.portal.requirement;

import dk.anskaf.catalog.client.CatalogClient;
import dk.anskaf.portal.web.PortalUser;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What krav/view shows of one requirement: its fields with the names of its domains, filters and
 * principles, its attachments, and for editors and the board the latest promotion request and the
 * municipality's local extension of a shared requirement.
 */
@Component
class RequirementViewModel {

    private final CatalogClient catalog;

    RequirementViewModel(CatalogClient catalog) {
        this.catalog = catalog;
    }

    /** @param attachmentError why an attachment was refused, or null */
    void addTo(Model model, long id, String attachmentError) {
        CatalogClient.Requirement requirement = catalog.requirement(id);
        model.addAttribute("requirement", requirement);
        CatalogClient.Classifications classifications = catalog.classifications();
        model.addAttribute("domains", names(classifications.domains(), requirement.domainIds()));
        model.addAttribute("filters", names(classifications.filters(), requirement.filterIds()));
        model.addAttribute("principles", names(classifications.principles(), requirement.principleIds()));
        model.addAttribute("attachments", catalog.attachments(id));
        model.addAttribute("attachmentError", attachmentError);
        boolean editorial = PortalUser.current()
                .map(user -> user.has("editor") || user.has("board"))
                .orElse(false);
        model.addAttribute(
                "promotion",
                editorial ? catalog.promotionRequests(id).stream().findFirst().orElse(null) : null);
        boolean shared = !"Lokalt krav".equals(requirement.type());
        model.addAttribute("extension", PortalUser.current().isPresent() && shared ? catalog.localExtension(id) : null);
    }

    private static List<String> names(List<CatalogClient.Named> all, List<Integer> chosen) {
        return all.stream()
                .filter(named -> chosen != null && chosen.contains(named.id()))
                .map(CatalogClient.Named::name)
                .toList();
    }
}
