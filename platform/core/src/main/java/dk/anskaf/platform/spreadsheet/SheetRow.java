package dk.anskaf.platform.spreadsheet;

import java.util.Map;

/**
 * One row with at least one value of its own, as the user numbers it in the spreadsheet (1 is the first
 * row), and its cells by column (0-based). A value merged over several cells is in each of them.
 */
public record SheetRow(int number, Map<Integer, SheetCell> cells) {

    /** The cell in {@code column}, or null when it is empty. */
    public SheetCell cell(int column) {
        return cells.get(column);
    }
}
