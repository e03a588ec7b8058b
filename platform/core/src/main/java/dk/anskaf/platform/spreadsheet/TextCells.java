package dk.anskaf.platform.spreadsheet;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Writes text cells of one workbook. An xlsx string cell is never calculated, but a user who edits it
 * (F2, Enter) turns "=..." into a live formula; a text that {@link FormulaInjection} flags therefore gets
 * Excel's quote prefix ({@code quotePrefix} style), which keeps it text when edited and, unlike an
 * apostrophe in the value, leaves the value itself unchanged, so a re-imported export still matches.
 */
public final class TextCells {

    private final CellStyle plain;
    private final CellStyle quoted;

    TextCells(Workbook workbook, boolean wrapped) {
        plain = workbook.createCellStyle();
        plain.setWrapText(wrapped);
        quoted = workbook.createCellStyle();
        quoted.cloneStyleFrom(plain);
        quoted.setQuotePrefixed(true);
    }

    /** Sets {@code text} as the cell's string value with the plain or quote-prefixed style. */
    public void write(Cell cell, String text) {
        cell.setCellValue(text);
        cell.setCellStyle(FormulaInjection.isTrigger(text) ? quoted : plain);
    }
}
