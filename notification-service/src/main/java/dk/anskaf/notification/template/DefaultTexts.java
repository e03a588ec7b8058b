package dk.anskaf.notification.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

/**
 * The Danish default texts of every {@link MessageType}, read once from {@code mail-templates/da/<key>.txt}
 * on the classpath. A file starts with a {@code title:} and a {@code subject:} line, then a blank line,
 * then the body; kept as text files so wording can be reviewed and changed without touching code. A
 * missing or malformed file stops the class from loading, so a service with an incomplete set never
 * starts.
 */
record DefaultTexts(String title, String subject, String body) {

    private static final String FOLDER = "mail-templates/da/";
    private static final Map<MessageType, DefaultTexts> TEXTS = loadAll();

    static DefaultTexts of(MessageType type) {
        return TEXTS.get(type);
    }

    private static Map<MessageType, DefaultTexts> loadAll() {
        Map<MessageType, DefaultTexts> texts = new EnumMap<>(MessageType.class);
        for (MessageType type : MessageType.values()) {
            texts.put(type, parse(FOLDER + type.key() + ".txt", read(FOLDER + type.key() + ".txt")));
        }
        return texts;
    }

    static DefaultTexts parse(String file, String text) {
        String normalised = text.replace("\r\n", "\n");
        int blank = normalised.indexOf("\n\n");
        String[] header =
                blank < 0 ? new String[0] : normalised.substring(0, blank).split("\n");
        if (header.length != 2 || !header[0].startsWith("title: ") || !header[1].startsWith("subject: ")) {
            throw new IllegalStateException(
                    file + " must start with a 'title: ' line and a 'subject: ' line, then a blank line");
        }
        String body = normalised.substring(blank + 2).strip();
        if (body.isEmpty()) {
            throw new IllegalStateException(file + " has no body after the blank line");
        }
        return new DefaultTexts(
                header[0].substring("title: ".length()).strip(),
                header[1].substring("subject: ".length()).strip(),
                body);
    }

    private static String read(String file) {
        try (InputStream in = DefaultTexts.class.getClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("Missing default mail text " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
