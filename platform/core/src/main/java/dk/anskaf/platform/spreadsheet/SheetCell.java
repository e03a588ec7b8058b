package dk.anskaf.platform.spreadsheet;

/**
 * One cell as read: its column (0-based), what kind of value it holds and that value as text. Text is
 * the cell's value, not its display string: a number is written without grouping or decimals it does
 * not have (9400101 stays "9400101" under the format {@code #,##0}); a date is shown in its format;
 * booleans are TRUE or FALSE; errors as Excel writes them (#DIV/0!). A formula's text is its last
 * computed result, so a caller can refuse formulas or use the result.
 */
public record SheetCell(int column, Kind kind, String text) {

    public enum Kind {
        TEXT,
        NUMBER,
        DATE,
        BOOLEAN,
        ERROR,
        FORMULA
    }

    /** An empty text cell (or only spaces) counts as no value, as in Excel's "blank". */
    boolean blank() {
        return kind == Kind.TEXT && CellText.isBlank(text);
    }
}
