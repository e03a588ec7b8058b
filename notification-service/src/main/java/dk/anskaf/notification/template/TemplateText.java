package dk.anskaf.notification.template;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/**
 * Fills {@code {name}} placeholders in a template's subject or body. Values are inserted in one pass, so
 * a value that itself contains {@code {besked}} stays text (no template injection), and in the HTML part
 * both the template's text and the values are escaped: templates are plain text with blank lines between
 * paragraphs, so an administrator cannot put markup in a mail either. Braces that do not enclose a
 * placeholder name are left as they are.
 */
public final class TemplateText {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([\\p{L}\\p{N}_-]+)}");
    private static final int SUBJECT_LIMIT = 250;

    private TemplateText() {}

    /** Placeholder names in the text that this message type cannot fill, in order of appearance. */
    public static List<String> unknownPlaceholders(String text, Set<Placeholder> allowed) {
        Set<String> unknown = new LinkedHashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            String token = matcher.group(1);
            if (Placeholder.byToken(token).filter(allowed::contains).isEmpty()) {
                unknown.add(token);
            }
        }
        return new ArrayList<>(unknown);
    }

    /** One line, no markup, at most 250 characters: values cannot add headers or line breaks. */
    public static String subject(String template, Map<Placeholder, String> values) {
        String line = fill(template, values, false).replaceAll("\\s+", " ").strip();
        return line.length() <= SUBJECT_LIMIT ? line : line.substring(0, SUBJECT_LIMIT - 1) + "…";
    }

    public static String plainText(String template, Map<Placeholder, String> values) {
        return fill(template, values, false).strip() + "\n";
    }

    /** A whole HTML document: paragraphs at blank lines, line breaks kept, the link clickable. */
    public static String html(String subject, String template, Map<Placeholder, String> values) {
        String escaped = fill(template, values, true).strip().replace("\r\n", "\n");
        StringBuilder body = new StringBuilder();
        for (String paragraph : escaped.split("\n\\s*\n")) {
            body.append("<p>").append(paragraph.strip().replace("\n", "<br>\n")).append("</p>\n");
        }
        return """
                <!DOCTYPE html>
                <html lang="da"><head><meta charset="utf-8"><title>%s</title></head>
                <body>
                %s</body></html>
                """.formatted(escape(subject), body);
    }

    private static String fill(String template, Map<Placeholder, String> values, boolean html) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (matcher.find()) {
            String literal = template.substring(last, matcher.start());
            out.append(html ? escape(literal) : literal);
            var placeholder = Placeholder.byToken(matcher.group(1));
            if (placeholder.isPresent()) {
                String value = values.getOrDefault(placeholder.get(), "");
                out.append(html ? htmlValue(placeholder.get(), value) : value);
            } else {
                out.append(html ? escape(matcher.group()) : matcher.group());
            }
            last = matcher.end();
        }
        String rest = template.substring(last);
        out.append(html ? escape(rest) : rest);
        return out.toString();
    }

    private static String htmlValue(Placeholder placeholder, String value) {
        if (placeholder == Placeholder.LINK && (value.startsWith("https://") || value.startsWith("http://"))) {
            return "<a href=\"" + escape(value) + "\">" + escape(value) + "</a>";
        }
        return escape(value);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
