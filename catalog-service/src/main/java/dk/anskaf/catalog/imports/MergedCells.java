package dk.anskaf.catalog.imports;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Excel keeps a merged value in the range's top-left cell only; users mean it for every cell of the range
 * (a category merged over three rows is the category of all three). Built once per sheet from the sheet's
 * merge list, per column read, with ranges by first row: a range over a million rows costs one entry. It
 * needs only that list, so a streaming reader can build it too (in .xlsx the list follows the cells: read
 * it in a first, cheap pass, or keep the few top-left values until it arrives).
 */
final class MergedCells {

    private final Map<Integer, TreeMap<Integer, CellRangeAddress>> byColumn = new HashMap<>();

    MergedCells(Sheet sheet, Collection<Integer> columns) {
        for (CellRangeAddress range : sheet.getMergedRegions()) {
            for (int column : columns) {
                if (range.getFirstColumn() <= column && column <= range.getLastColumn()) {
                    byColumn.computeIfAbsent(column, c -> new TreeMap<>()).put(range.getFirstRow(), range);
                }
            }
        }
    }

    /** The cell holding the value shown at (row, column): the range's top-left cell if merged. */
    Cell cell(Sheet sheet, int row, int column) {
        TreeMap<Integer, CellRangeAddress> ranges = byColumn.get(column);
        Map.Entry<Integer, CellRangeAddress> candidate = ranges == null ? null : ranges.floorEntry(row);
        CellRangeAddress range =
                candidate != null && candidate.getValue().getLastRow() >= row ? candidate.getValue() : null;
        Row source = sheet.getRow(range == null ? row : range.getFirstRow());
        return source == null ? null : source.getCell(range == null ? column : range.getFirstColumn());
    }
}
