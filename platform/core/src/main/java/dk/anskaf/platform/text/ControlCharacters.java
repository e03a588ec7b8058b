package dk.anskaf.platform.text;

import java.util.Locale;
import java.util.OptionalInt;

/**
 * The platform's one rule for text that users and files send: any Unicode character is allowed except
 * control characters (general category Cc: U+0000–U+001F, U+007F–U+009F) other than TAB, LF and CR, and
 * except unpaired surrogates. PostgreSQL cannot store NUL in text at all, and the other controls are
 * invisible, break XML-based formats (xlsx, mail) and hide content from reviewers, so they are refused at
 * the edge rather than stored.
 */
public final class ControlCharacters {

    /** Danish message used for every refusal, so API clients, import reports and pages say the same. */
    public static final String MESSAGE = "indeholder et ugyldigt kontroltegn";

    private ControlCharacters() {}

    /** The index of the first forbidden character (or of the lone surrogate) in {@code text}, if any. */
    public static OptionalInt firstForbidden(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return OptionalInt.of(i);
            }
            if (Character.isLowSurrogate(c) || isForbiddenControl(c)) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /** True when {@code text} holds no forbidden character. */
    public static boolean isClean(CharSequence text) {
        return firstForbidden(text).isEmpty();
    }

    /**
     * The refusal message naming the offending character and its 1-based position, e.g.
     * "indeholder et ugyldigt kontroltegn (U+0000 på plads 2)".
     */
    public static String describe(CharSequence text) {
        OptionalInt at = firstForbidden(text);
        if (at.isEmpty()) {
            throw new IllegalArgumentException("text is clean");
        }
        int index = at.getAsInt();
        return MESSAGE + " (" + codePoint(text.charAt(index)) + " på plads " + (index + 1) + ")";
    }

    static boolean isForbiddenControl(char c) {
        return Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r';
    }

    private static String codePoint(char c) {
        return "U+" + String.format(Locale.ROOT, "%04X", (int) c);
    }
}
