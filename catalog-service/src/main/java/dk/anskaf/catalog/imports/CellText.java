package dk.anskaf.catalog.imports;

/** Text rules for what spreadsheets hand us. */
final class CellText {

    private CellText() {}

    /**
     * Trims every Unicode space (no-break space, narrow and figure spaces, line and paragraph separators),
     * TAB, LF, CR and the zero-width characters spreadsheets leave behind; {@link String#strip()} misses
     * the no-break spaces, which makes a pasted "9400101\u00A0" unreadable as a Krav id.
     */
    static String strip(String text) {
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

    private static boolean blank(char c) {
        return c == '\t' || c == '\n' || c == '\r' || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }
}
