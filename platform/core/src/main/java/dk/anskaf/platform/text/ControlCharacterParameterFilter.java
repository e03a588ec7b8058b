package dk.anskaf.platform.text;

import dk.anskaf.platform.errors.FieldError;
import dk.anskaf.platform.errors.ProblemResponses;
import dk.anskaf.platform.errors.ProblemTypes;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * Refuses a request whose path, query parameters or form fields break {@link ControlCharacters}, with 400
 * naming the parameter: problem+json for API clients, a short Danish page for a browser's form. Runs before
 * security and controllers, so such text never reaches a query (PostgreSQL answers NUL with an error).
 * Multipart bodies are files for the feature that reads them (imports report per row); only their query
 * string is checked here, because asking for their parameters would parse the upload early.
 */
public class ControlCharacterParameterFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        List<FieldError> errors = inspect(request);
        if (errors.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        if (wantsPage(request)) {
            writePage(response, errors);
        } else {
            ProblemResponses.write(
                    response,
                    HttpServletResponse.SC_BAD_REQUEST,
                    ProblemTypes.VALIDATION,
                    "Ugyldige oplysninger",
                    "Teksten indeholder tegn der ikke kan gemmes",
                    errors);
        }
    }

    static List<FieldError> inspect(HttpServletRequest request) {
        List<FieldError> errors = new ArrayList<>();
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!ControlCharacters.isClean(path)) {
            errors.add(new FieldError("path", ControlCharacters.describe(path)));
        }
        if (isMultipart(request)) {
            inspectQueryString(request.getQueryString(), errors);
        } else {
            for (Map.Entry<String, String[]> parameter :
                    request.getParameterMap().entrySet()) {
                inspectParameter(parameter.getKey(), parameter.getValue(), errors);
            }
        }
        return errors;
    }

    private static void inspectQueryString(String query, List<FieldError> errors) {
        if (query == null) {
            return;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            try {
                String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                inspectParameter(name, new String[] {value}, errors);
            } catch (IllegalArgumentException malformedEscape) {
                errors.add(new FieldError("query", "har en ugyldig %-kodning"));
            }
        }
    }

    private static void inspectParameter(String name, String[] values, List<FieldError> errors) {
        if (!ControlCharacters.isClean(name)) {
            errors.add(new FieldError("query", "har et parameternavn der " + ControlCharacters.MESSAGE));
            return;
        }
        for (String value : values) {
            if (value != null && !ControlCharacters.isClean(value)) {
                errors.add(new FieldError(name, ControlCharacters.describe(value)));
                return;
            }
        }
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
    }

    private static boolean wantsPage(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("text/html");
    }

    private static void writePage(HttpServletResponse response, List<FieldError> errors) throws IOException {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("text/html");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        StringBuilder items = new StringBuilder();
        for (FieldError error : errors) {
            items.append("<li>")
                    .append(HtmlUtils.htmlEscape(error.field()))
                    .append(": ")
                    .append(HtmlUtils.htmlEscape(error.message()))
                    .append("</li>");
        }
        response.getWriter()
                .write("<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"utf-8\">"
                        + "<title>Ugyldige tegn – Anskaf</title></head><body><main>"
                        + "<h1>Teksten kunne ikke modtages</h1>"
                        + "<p>Det du sendte indeholder usynlige kontroltegn, som ikke kan gemmes. Intet er gemt.</p>"
                        + "<ul>" + items + "</ul>"
                        + "<p>Gå tilbage, fjern tegnene (de opstår ofte ved kopiering fra andre programmer) og prøv igen.</p>"
                        + "</main></body></html>");
    }
}
