package dk.anskaf.portal.front;

import dk.anskaf.catalog.client.CatalogClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The front page anyone sees: what Anskaf is, its usage figures over all municipalities, the kravbank. */
@Controller
class FrontPageController {

    private final CatalogClient catalog;

    FrontPageController(CatalogClient catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/")
    String front(Model model) {
        model.addAttribute("statistics", catalog.statistics());
        return "front";
    }
}
