package dk.anskaf.platform.spreadsheet;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Collects the cells of one row at a time from an event reader and hands each finished row on, so memory
 * holds one row, never the sheet. Checks the row and cell limits as cells arrive, and copies a merged
 * value to every cell of its range (Excel keeps it in the top-left cell only; users mean it for each
 * cell, e.g. a category merged over three rows). Merge ranges must be known before the first row: the
 * readers collect them in a first, cheap pass, because .xlsx lists them after the cells.
 */
final class RowAssembler {

    private final SpreadsheetLimits limits;
    private final Consumer<SheetRow> rows;
    private final List<CellRangeAddress> merges;
    private final List<CellRangeAddress> active = new ArrayList<>();
    private final Map<CellRangeAddress, SheetCell> topLeft = new HashMap<>();
    private int nextMerge;
    private int row = -1;
    private Map<Integer, SheetCell> cells = new TreeMap<>();

    RowAssembler(List<CellRangeAddress> merges, SpreadsheetLimits limits, Consumer<SheetRow> rows) {
        if (merges.size() > limits.maxRows()) {
            throw SpreadsheetReader.tooLarge("Arket har mere end " + limits.maxRows() + " flettede områder");
        }
        this.merges = new ArrayList<>(merges);
        this.merges.sort(Comparator.comparingInt(CellRangeAddress::getFirstRow));
        this.limits = limits;
        this.rows = rows;
    }

    /** A row starts (0-based index); rows with cells arrive in ascending order. */
    void row(int index) {
        checkRow(index);
        if (index != row) {
            flush();
            row = index;
        }
    }

    /** Refuses a row beyond the row limit, as soon as the sheet names it. */
    void checkRow(int index) {
        checkRow(limits, index);
    }

    /** Also used by the first pass, so a sheet with too many rows is refused before any row is handed on. */
    static void checkRow(SpreadsheetLimits limits, int index) {
        if (index + 1 > limits.maxRows()) {
            throw SpreadsheetReader.tooLarge("Arket har mere end " + limits.maxRows() + " rækker (række " + (index + 1)
                    + "); del filen op i flere filer");
        }
    }

    void cell(int rowIndex, int column, SheetCell.Kind kind, String text) {
        row(rowIndex);
        checkLength(text.length(), rowIndex, column);
        cells.put(column, new SheetCell(column, kind, text));
    }

    /** Refuses a cell longer than the limit, naming where it is. */
    void checkLength(int length, int rowIndex, int column) {
        if (length > limits.maxCellChars()) {
            throw SpreadsheetReader.tooLarge("Cellen " + SpreadsheetReader.cellName(rowIndex, column) + " i række "
                    + (rowIndex + 1) + " er længere end " + limits.maxCellChars() + " tegn");
        }
    }

    /** How many raw characters a cell may have before decoding: an escape (_x0000_) is seven for one. */
    long maxRawChars() {
        return limits.maxCellChars() * 7L;
    }

    void finish() {
        flush();
        row = Integer.MAX_VALUE;
    }

    private void flush() {
        if (row < 0 || cells.isEmpty()) {
            return;
        }
        boolean hasValue = cells.values().stream().anyMatch(c -> !c.blank());
        applyMerges();
        if (hasValue) {
            try {
                rows.accept(new SheetRow(row + 1, cells));
            } catch (RuntimeException e) {
                throw new ConsumerFailure(e);
            }
        }
        cells = new TreeMap<>();
    }

    private void applyMerges() {
        while (nextMerge < merges.size() && merges.get(nextMerge).getFirstRow() <= row) {
            active.add(merges.get(nextMerge++));
        }
        for (Iterator<CellRangeAddress> it = active.iterator(); it.hasNext(); ) {
            CellRangeAddress range = it.next();
            if (range.getLastRow() < row) {
                it.remove();
                topLeft.remove(range);
                continue;
            }
            if (range.getFirstRow() == row) {
                SheetCell first = cells.get(range.getFirstColumn());
                if (first != null) {
                    topLeft.put(range, first);
                }
            }
            SheetCell value = topLeft.get(range);
            for (int column = range.getFirstColumn(); column <= range.getLastColumn(); column++) {
                if (value == null) {
                    cells.remove(column);
                } else {
                    cells.put(column, new SheetCell(column, value.kind(), value.text()));
                }
            }
        }
    }

    /** A number as its value: integers without decimals, others without trailing zeros or exponent. */
    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** An exception of the caller's row handler, carried unchanged past the parsers. */
    static final class ConsumerFailure extends RuntimeException {
        ConsumerFailure(RuntimeException cause) {
            super(cause);
        }

        RuntimeException original() {
            return (RuntimeException) getCause();
        }
    }
}
