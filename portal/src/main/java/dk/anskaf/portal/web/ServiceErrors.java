package dk.anskaf.portal.web;

import feign.FeignException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A service's refusal or absence becomes a readable page with the same status, never a stack trace:
 * not found (or not yours, which the catalogue answers the same way), no access, or try again later.
 */
@ControllerAdvice
class ServiceErrors {

    @ExceptionHandler(FeignException.class)
    String serviceAnswered(FeignException e, HttpServletResponse response, org.springframework.ui.Model model) {
        int status = switch (e.status()) {
            case 404, 403, 401, 409, 400 -> e.status();
            default -> 503;
        };
        response.setStatus(status);
        model.addAttribute("status", status);
        return "error";
    }
}
