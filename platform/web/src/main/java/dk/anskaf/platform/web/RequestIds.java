package dk.anskaf.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The id of the request being handled, in every log line it causes ({@code request=} in the log pattern)
 * and on every call it makes to another service: the id the gateway gave the request and returned to the
 * client ({@value #HEADER}), so a user's report finds the lines in the gateway, the portal and the
 * services alike. A request that did not come through the gateway, or with an id that is not 8 to 64
 * letters, digits and dashes (it goes into logs, so nothing else is taken), gets a new one.
 */
public final class RequestIds extends OncePerRequestFilter {

    public static final String HEADER = "X-Request-Id";
    /** The log MDC key. */
    public static final String MDC_KEY = "requestId";

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9-]{8,64}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String inbound = request.getHeader(HEADER);
        MDC.put(MDC_KEY, wellFormed(inbound) ? inbound : UUID.randomUUID().toString());
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(MDC_KEY);
        }
    }

    /** The id of the request this thread is handling; empty outside one. */
    public static Optional<String> current() {
        return Optional.ofNullable(MDC.get(MDC_KEY));
    }

    static boolean wellFormed(@Nullable String id) {
        return id != null && SAFE.matcher(id).matches();
    }
}
