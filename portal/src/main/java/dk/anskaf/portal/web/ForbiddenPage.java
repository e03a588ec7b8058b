package dk.anskaf.portal.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The portal's 403 page for a page the user's kind may not open ({@link PortalSecurity}): the security
 * filter forwards here, so the refusal is the portal's page in the user's language whatever the request
 * accepts (Spring Boot's own error path would answer JSON to a request that does not ask for HTML).
 */
@Controller
class ForbiddenPage {

    static final String PATH = "/ingen-adgang";

    @RequestMapping(PATH)
    String forbidden(HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute("status", HttpServletResponse.SC_FORBIDDEN);
        // The language switch leads to the page that was refused, not to this one.
        Object refused = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        if (refused instanceof String path) {
            model.addAttribute("currentPath", path);
        }
        return "error";
    }
}
