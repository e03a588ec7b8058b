package dk.anskaf.platform.spreadsheet;

/** Text rules for what spreadsheets hand us. */
public final class CellText {

    private CellText() {}

    /**
     * Trims every Unicode space (no-break space, narrow and figure spaces, line and paragraph separators),
     * TAB, LF, CR and the zero-width characters spreadsheets leave behind; {@link String#strip()} misses
     * the no-break spaces, which makes a pasted "9400101\u00A0" unreadable as a Krav id.
     */
    public static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && blank(text.charAt(start))) {
            start++;
        }
        while (end > start && blank(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    /** Whether {@link #strip} leaves nothing of {@code text}. */
    public static boolean isBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!blank(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Excel writes characters XML cannot hold as {@code _xHHHH_} (a NUL as {@code _x0000_}); POI's
     * in-memory model decodes them, so the streaming readers do too, and the control-character rule
     * sees the real character.
     */
    static String decodeEscapes(String text) {
        int at = text.indexOf("_x");
        if (at < 0) {
            return text;
        }
        StringBuilder decoded = new StringBuilder(text.length());
        int from = 0;
        while (at >= 0) {
            if (at + 7 <= text.length() && text.charAt(at + 6) == '_' && isHex(text, at + 2, at + 6)) {
                decoded.append(text, from, at).append((char) Integer.parseInt(text.substring(at + 2, at + 6), 16));
                from = at + 7;
                at = text.indexOf("_x", from);
            } else {
                at = text.indexOf("_x", at + 1);
            }
        }
        return decoded.append(text, from, text.length()).toString();
    }

    private static boolean isHex(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(text.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean blank(char c) {
        return c == '\t' || c == '\n' || c == '\r' || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }
}
