package dk.anskaf.identity.login;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import org.springframework.security.authentication.AuthenticationDetailsSource;

/**
 * The municipality chosen on "Vælg myndighed" and the client's address (for throttling; behind a proxy
 * the address it forwards, see {@code server.forward-headers-strategy}), carried into the password check.
 */
public record MunicipalityLoginDetails(String tenantId, String remoteAddress) implements Serializable {

    /** Session attribute holding the chosen tenant between the two login pages. */
    public static final String SESSION_ATTRIBUTE = "anskaf.login.tenant";

    /** Builds the details from the session (the chosen municipality), never from request parameters. */
    public static AuthenticationDetailsSource<HttpServletRequest, MunicipalityLoginDetails> source() {
        return request -> {
            HttpSession session = request.getSession(false);
            Object tenant = session == null ? null : session.getAttribute(SESSION_ATTRIBUTE);
            return new MunicipalityLoginDetails(tenant instanceof String value ? value : null, request.getRemoteAddr());
        };
    }
}
