package dk.anskaf.dialogue.export;

import java.text.Normalizer;
import java.util.Locale;
import org.springframework.http.ContentDisposition;

/**
 * Download names that every browser and file system accepts: ASCII letters, digits and dashes only, the
 * Danish letters spelt out (æ → ae, ø → oe, å → aa), so "Formpipe Software A/S" in dialogue 676 gives
 * {@code besvarelse-676-formpipe-software-a-s.xlsx}. A name can therefore never carry a quote, a path or
 * a header break from a supplier's or purchaser's text into the response.
 */
final class FileNames {

    private static final int MAX_PART = 60;

    private FileNames() {}

    /** {@code attachment; filename="<prefix>-<dialogue>[-<name>].<extension>"}. */
    static String attachment(String prefix, long dialogueId, String name, String extension) {
        String part = slug(name);
        String file = prefix + "-" + dialogueId + (part.isEmpty() ? "" : "-" + part) + "." + extension;
        return ContentDisposition.attachment().filename(file).build().toString();
    }

    static String slug(String text) {
        String danish = text.toLowerCase(Locale.ROOT)
                .replace("æ", "ae")
                .replace("ø", "oe")
                .replace("å", "aa");
        String plain = Normalizer.normalize(danish, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.length() <= MAX_PART ? slug : slug.substring(0, MAX_PART).replaceAll("-+$", "");
    }
}
