package dk.anskaf.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page's layout needs: the user (or none), the CSRF token the gateway hands over for its
 * forms, and the current address for the language switch.
 */
@ControllerAdvice
class PageModel {

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
}
