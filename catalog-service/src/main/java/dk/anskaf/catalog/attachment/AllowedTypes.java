package dk.anskaf.catalog.attachment;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The file types an attachment may have, recognised by their first bytes (not by the name the client
 * gives): PDF, PNG, JPEG, Office Open XML and OpenDocument (zip containers) and plain text.
 */
final class AllowedTypes {

    private AllowedTypes() {}

    static Optional<String> contentType(String filename, byte[] content) {
        String name = filename.toLowerCase(Locale.ROOT);
        if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII)) && name.endsWith(".pdf")) {
            return Optional.of("application/pdf");
        }
        if (startsWith(content, new byte[] {(byte) 0x89, 'P', 'N', 'G'}) && name.endsWith(".png")) {
            return Optional.of("image/png");
        }
        if (startsWith(content, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})
                && (name.endsWith(".jpg") || name.endsWith(".jpeg"))) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(content, new byte[] {'P', 'K', 3, 4})) {
            if (name.endsWith(".docx")) {
                return Optional.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
            }
            if (name.endsWith(".xlsx")) {
                return Optional.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            }
            if (name.endsWith(".odt")) {
                return Optional.of("application/vnd.oasis.opendocument.text");
            }
        }
        if (name.endsWith(".txt") && isText(content)) {
            return Optional.of("text/plain; charset=UTF-8");
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(Arrays.copyOf(content, prefix.length), prefix);
    }

    private static boolean isText(byte[] content) {
        for (byte b : content) {
            if (b == 0) {
                return false;
            }
        }
        return true;
    }
}
