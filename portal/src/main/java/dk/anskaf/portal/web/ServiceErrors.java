package dk.anskaf.portal.web;

import feign.FeignException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A service's refusal or absence becomes a readable page with the same status, never a stack trace:
 * not found (or not yours, which the catalogue answers the same way), no access, or try again later.
 * When a form could not be saved because a service did not answer, nothing the user typed is lost: the
 * page shows it and sends it again with one button.
 */
@ControllerAdvice
class ServiceErrors {

    @ExceptionHandler(FeignException.class)
    String serviceAnswered(FeignException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        int status = switch (e.status()) {
            case 404, 403, 401, 409, 400 -> e.status();
            default -> 503;
        };
        response.setStatus(status);
        PageModel.addTo(model, request);
        model.addAttribute("status", status);
        if (status == 503 && "POST".equals(request.getMethod())) {
            model.addAttribute("resendTo", request.getRequestURI());
            model.addAttribute("currentPath", "/"); // switching language must not repeat the post
            model.addAttribute("fields", typed(request));
            model.addAttribute("hadFile", isMultipart(request));
            return "resend";
        }
        return "error";
    }

    /** What the form sent, in its order, without the CSRF token (the page gets a fresh one). */
    private static Map<String, List<String>> typed(HttpServletRequest request) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (!"_csrf".equals(name)) {
                fields.put(name, List.of(values));
            }
        });
        return fields;
    }

    private static boolean isMultipart(HttpServletRequest request) {
        return request.getContentType() != null && request.getContentType().startsWith("multipart/");
    }
}
