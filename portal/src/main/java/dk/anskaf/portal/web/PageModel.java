package dk.anskaf.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page's layout needs: the user (or none), the CSRF token the gateway hands over for its
 * forms, and the current address for the language switch.
 */
@ControllerAdvice
public class PageModel {

    /** Set by the gateway from its own CSRF token; a client's header of this name is removed there. */
    static final String CSRF_HEADER = "X-Anskaf-Csrf-Token";

    @ModelAttribute("user")
    PortalUser user() {
        return PortalUser.current().orElse(null);
    }

    @ModelAttribute("csrfToken")
    String csrfToken(HttpServletRequest request) {
        String token = request.getHeader(CSRF_HEADER);
        return token == null ? "" : token;
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }

    /**
     * Which working context the page belongs to, for the context menu: the editorial board's pages, a
     * community's requirements, or the user's own municipality (everything else).
     */
    @ModelAttribute("context")
    String context(HttpServletRequest request) {
        if (request.getRequestURI().startsWith("/kravredaktion")) {
            return "board";
        }
        // From the address only: reading parameters would read an upload's body before its controller.
        String query = request.getQueryString();
        return query != null && java.util.List.of(query.split("&")).contains("list=COMMUNITY")
                ? "community"
                : "municipality";
    }

    /** For exception handlers, which Spring gives no model attributes. */
    public static void addTo(org.springframework.ui.Model model, HttpServletRequest request) {
        PageModel page = new PageModel();
        model.addAttribute("user", page.user());
        model.addAttribute("csrfToken", page.csrfToken(request));
        model.addAttribute("currentPath", page.currentPath(request));
        model.addAttribute("context", page.context(request));
    }
}
