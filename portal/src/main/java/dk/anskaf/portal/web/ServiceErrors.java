package dk.anskaf.portal.web;

import dk.anskaf.platform.client.ServiceProblemException;
import feign.FeignException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A service's refusal or absence becomes a readable page with the same status, never a stack trace:
 * not found (or not yours, which the catalogue answers the same way), no access, or try again later.
 * When a form could not be saved because a service did not answer, nothing the user typed is lost: the
 * page shows it and sends it again with one button. The refusals arrive read from the service's
 * problem+json by the platform's web part ({@link ServiceProblemException}).
 */
@ControllerAdvice
public class ServiceErrors {

    private static final Logger log = LoggerFactory.getLogger(ServiceErrors.class);

    /** What a form shows when a service refused it without saying why (no problem+json, no detail). */
    public static final String REFUSED = "Oplysningerne blev afvist";

    @ExceptionHandler(ServiceProblemException.class)
    String serviceAnswered(
            ServiceProblemException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        // The refusal's own reason, in the user's language, from the platform's problem texts (the bundle
        // the services answer from), when the slug has one; the page shows it under the general message.
        model.addAttribute("problemSlug", e.type().isEmpty() ? null : e.type());
        return page(e.status(), request, response, model);
    }

    /** An answer Feign could not read (not the JSON the client expects): as good as no answer. */
    @ExceptionHandler(FeignException.class)
    String serviceAnswerUnreadable(
            FeignException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        // The user sees "try again"; the operator needs to know which call failed and how, or a reply the
        // client cannot read (a changed contract) stays invisible. The service's status and the
        // exception's kind only: the body may hold personal data.
        log.warn(
                "A service's answer to {} {} could not be used: status {}, {}",
                request.getMethod(),
                request.getRequestURI(),
                e.status(),
                e.getClass().getSimpleName());
        return page(e.status(), request, response, model);
    }

    private static String page(int answered, HttpServletRequest request, HttpServletResponse response, Model model) {
        int status = switch (answered) {
            case 404, 403, 401, 409, 400 -> answered;
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
