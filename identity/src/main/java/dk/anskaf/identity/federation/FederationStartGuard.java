package dk.anskaf.identity.federation;

import dk.anskaf.platform.errors.ProblemResponses;
import dk.anskaf.platform.errors.ProblemTypes;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers {@code /oauth2/authorization/{id}} itself when the id names no municipality with federated login
 * (404) or the municipality's provider cannot be reached (503), before Spring Security's redirect filter,
 * which answers both with a bare 500. Browsers get a short Danish page with a way back, other clients
 * problem+json; nothing is changed either way.
 */
public final class FederationStartGuard extends OncePerRequestFilter {

    static final String PREFIX = "/oauth2/authorization/";

    private static final Logger log = LoggerFactory.getLogger(FederationStartGuard.class);

    private final ClientRegistrationRepository registrations;

    public FederationStartGuard(ClientRegistrationRepository registrations) {
        this.registrations = registrations;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(PREFIX);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = request.getRequestURI().substring(PREFIX.length());
        boolean known;
        try {
            known = !id.isBlank() && !id.contains("/") && registrations.findByRegistrationId(id) != null;
        } catch (RuntimeException e) {
            log.warn("Federated login provider of {} could not be reached: {}", id, e.getMessage());
            refuse(
                    request,
                    response,
                    HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    "Kommunens login svarer ikke",
                    "Kommunens eget login kan ikke nås lige nu. Prøv igen om lidt.");
            return;
        }
        if (!known) {
            refuse(
                    request,
                    response,
                    HttpServletResponse.SC_NOT_FOUND,
                    "Ukendt login",
                    "Der findes ikke et login med det navn. Vælg din myndighed igen.");
            return;
        }
        chain.doFilter(request, response);
    }

    private static void refuse(
            HttpServletRequest request, HttpServletResponse response, int status, String title, String detail)
            throws IOException {
        String accept = request.getHeader("Accept");
        if (accept == null || !accept.contains(MediaType.TEXT_HTML_VALUE)) {
            ProblemResponses.write(
                    response,
                    status,
                    status == HttpServletResponse.SC_NOT_FOUND
                            ? ProblemTypes.NOT_FOUND
                            : ProblemTypes.of("unavailable"),
                    title,
                    detail);
            return;
        }
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        // Fixed texts only: nothing from the request is echoed into the page.
        response.getOutputStream().write(("""
                <!DOCTYPE html>
                <html lang="da">
                <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s – Anskaf</title><link rel="stylesheet" href="/login.css"></head>
                <body><main id="indhold"><h1>%s</h1><p>%s</p>
                <p><a href="/login?skift=1">Vælg myndighed</a></p></main></body>
                </html>
                """.formatted(title, title, detail)).getBytes(StandardCharsets.UTF_8));
    }
}
