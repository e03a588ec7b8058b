package dk.anskaf.platform.spreadsheet;

/**
 * The one rule for text the platform writes into a spreadsheet (CSV or xlsx), against CSV/formula
 * injection as OWASP describes it: a cell a spreadsheet would run as a formula starts with {@code =},
 * {@code +}, {@code -}, {@code @}, TAB or CR, or has one of {@code = + - @} (or their full-width forms)
 * after leading whitespace or control characters, which spreadsheets skip before they look for a formula
 * (e.g. a rationale {@code "\t=3+4"}). Every CSV and xlsx writer uses it.
 */
public final class FormulaInjection {

    private static final String TRIGGERS = "=+-@\uFF1D\uFF0B\uFF0D\uFF20";

    private FormulaInjection() {}

    /** Whether a spreadsheet could read {@code text} as a formula; null and empty text cannot. */
    public static boolean isTrigger(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        if (first == '\t' || first == '\r') {
            return true;
        }
        int i = 0;
        while (i < text.length() && skipped(text.charAt(i))) {
            i++;
        }
        return i < text.length() && TRIGGERS.indexOf(text.charAt(i)) >= 0;
    }

    /**
     * The text to write into a CSV cell: prefixed with an apostrophe when it could start a formula, so the
     * spreadsheet shows it as text (the apostrophe is visible in CSV; that is the accepted price).
     */
    public static String neutralise(String text) {
        return isTrigger(text) ? "'" + text : text;
    }

    private static boolean skipped(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.CONTROL;
    }
}
