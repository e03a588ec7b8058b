package dk.anskaf.platform.errors;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a problem+json body from places outside Spring MVC (servlet filters, security entry points),
 * where no message converter is at hand. All values are fixed texts of ours, escaped anyway.
 */
public final class ProblemResponses {

    private ProblemResponses() {}

    public static void write(HttpServletResponse response, int status, URI type, String title, String detail)
            throws IOException {
        write(response, status, type, title, detail, List.of());
    }

    /** As {@link #write(HttpServletResponse, int, URI, String, String)}, with an {@code errors} member. */
    public static void write(
            HttpServletResponse response, int status, URI type, String title, String detail, List<FieldError> errors)
            throws IOException {
        StringBuilder members = new StringBuilder();
        if (!errors.isEmpty()) {
            members.append(",\"errors\":[");
            for (int i = 0; i < errors.size(); i++) {
                FieldError error = errors.get(i);
                members.append(i == 0 ? "" : ",")
                        .append("{\"field\":\"")
                        .append(escape(error.field()))
                        .append("\",\"message\":\"")
                        .append(escape(error.message()))
                        .append("\"}");
            }
            members.append(']');
        }
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter()
                .write("{\"type\":\"" + escape(type.toString()) + "\",\"title\":\"" + escape(title) + "\",\"status\":"
                        + status + ",\"detail\":\"" + escape(detail) + "\"" + members + "}");
    }

    static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
