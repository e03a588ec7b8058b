package dk.anskaf.platform.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.hssf.eventusermodel.FormatTrackingHSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFEventFactory;
import org.apache.poi.hssf.eventusermodel.HSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFRequest;
import org.apache.poi.hssf.eventusermodel.MissingRecordAwareHSSFListener;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.MergeCellsRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.RKRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.RowRecord;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Reads one sheet of an .xls with HSSF's record events, never its in-memory model: records pass one by
 * one, cells are handed on a row at a time. Two passes over the records: the first finds the sheet and
 * its merge list (which follows the cells), the second reads the cells. The file itself is at most the
 * upload limit and .xls is not compressed, so holding its bytes and its table of texts is bounded by it.
 */
final class XlsReader {

    private XlsReader() {}

    /** Returns false when the workbook has no sheet of that name (compared as Excel does, ignoring case). */
    static boolean read(byte[] file, String sheetName, SpreadsheetLimits limits, Consumer<SheetRow> rows)
            throws IOException {
        List<CellRangeAddress> merges = new ArrayList<>();
        SheetListener first = new SheetListener(sheetName, null);
        first.merges = merges;
        first.limits = limits;
        process(file, first);
        if (!first.found) {
            return false;
        }
        RowAssembler assembler = new RowAssembler(merges, limits, rows);
        process(file, new SheetListener(sheetName, assembler));
        assembler.finish();
        return true;
    }

    private static void process(byte[] file, SheetListener listener) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(file))) {
            HSSFRequest request = new HSSFRequest();
            FormatTrackingHSSFListener formats = new FormatTrackingHSSFListener(listener);
            listener.formats = formats;
            request.addListenerForAllRecords(new MissingRecordAwareHSSFListener(formats));
            new HSSFEventFactory().processWorkbookEvents(request, fs);
        } catch (EndOfSheet done) {
            // the sheet is read; the rest of the workbook is not needed
        }
    }

    private static final class EndOfSheet extends RuntimeException {
        EndOfSheet() {
            super(null, null, false, false);
        }
    }

    /**
     * Follows the substreams (one per sheet, in the order of their BOF positions, charts nested inside)
     * and, in the wanted sheet, collects merges (first pass) or cells (second pass).
     */
    private static final class SheetListener implements HSSFListener {
        private final String sheetName;
        private final RowAssembler assembler;
        private final List<BoundSheetRecord> sheets = new ArrayList<>();
        private final DataFormatter formatter = new DataFormatter();
        private List<CellRangeAddress> merges;
        private SpreadsheetLimits limits;
        private FormatTrackingHSSFListener formats;
        private SSTRecord texts;
        private BoundSheetRecord[] ordered;
        private int depth;
        private int sheetIndex = -1;
        private boolean inSheet;
        private boolean found;
        private FormulaRecord pendingFormula;

        SheetListener(String sheetName, RowAssembler assembler) {
            this.sheetName = sheetName;
            this.assembler = assembler;
        }

        @Override
        public void processRecord(Record record) {
            switch (record) {
                case BoundSheetRecord sheet -> sheets.add(sheet);
                case SSTRecord sst -> texts = sst;
                case BOFRecord bof -> begin(bof);
                case EOFRecord ignored -> end();
                default -> {
                    if (inSheet && depth == 1) {
                        inSheet(record);
                    }
                }
            }
        }

        private void begin(BOFRecord bof) {
            depth++;
            if (depth == 1 && bof.getType() != BOFRecord.TYPE_WORKBOOK) {
                if (ordered == null) {
                    ordered = BoundSheetRecord.orderByBofPosition(sheets);
                }
                sheetIndex++;
                inSheet = sheetIndex < ordered.length
                        && ordered[sheetIndex].getSheetname().equalsIgnoreCase(sheetName);
                found |= inSheet;
            }
        }

        private void end() {
            depth--;
            if (depth == 0 && inSheet) {
                throw new EndOfSheet();
            }
        }

        private void inSheet(Record record) {
            if (merges != null) {
                // First pass: the merge list, and the row limit before any row is handed on.
                if (record instanceof RowRecord row) {
                    RowAssembler.checkRow(limits, row.getRowNumber());
                } else if (record instanceof CellValueRecordInterface cell) {
                    RowAssembler.checkRow(limits, cell.getRow());
                } else if (record instanceof MergeCellsRecord merged) {
                    for (int i = 0; i < merged.getNumAreas(); i++) {
                        merges.add(merged.getAreaAt(i));
                    }
                }
                return;
            }
            if (pendingFormula != null && record instanceof StringRecord result) {
                cell(pendingFormula, SheetCell.Kind.FORMULA, result.getString());
                pendingFormula = null;
                return;
            }
            switch (record) {
                case RowRecord row -> assembler.checkRow(row.getRowNumber());
                case LabelSSTRecord label -> cell(label, SheetCell.Kind.TEXT, text(label.getSSTIndex()));
                case LabelRecord label -> cell(label, SheetCell.Kind.TEXT, label.getValue());
                case NumberRecord number -> number(number, number.getValue(), SheetCell.Kind.NUMBER);
                case RKRecord number -> number(number, number.getRKNumber(), SheetCell.Kind.NUMBER);
                case BoolErrRecord value ->
                    cell(
                            value,
                            value.isBoolean() ? SheetCell.Kind.BOOLEAN : SheetCell.Kind.ERROR,
                            value.isBoolean()
                                    ? (value.getBooleanValue() ? "TRUE" : "FALSE")
                                    : FormulaError.forInt(value.getErrorValue()).getString());
                case FormulaRecord formula -> formula(formula);
                default -> {}
            }
        }

        private void formula(FormulaRecord formula) {
            CellType result = formula.getCachedResultTypeEnum();
            switch (result) {
                case STRING -> pendingFormula = formula;
                case BOOLEAN ->
                    cell(formula, SheetCell.Kind.FORMULA, formula.getCachedBooleanValue() ? "TRUE" : "FALSE");
                case ERROR ->
                    cell(
                            formula,
                            SheetCell.Kind.FORMULA,
                            FormulaError.forInt(formula.getCachedErrorValue()).getString());
                default -> number(formula, formula.getValue(), SheetCell.Kind.FORMULA);
            }
        }

        private void number(CellValueRecordInterface record, double value, SheetCell.Kind kind) {
            int index = formats.getFormatIndex(record);
            String pattern = formats.getFormatString(record);
            if (kind == SheetCell.Kind.NUMBER
                    && pattern != null
                    && DateUtil.isADateFormat(index, pattern)
                    && DateUtil.isValidExcelDate(value)) {
                cell(record, SheetCell.Kind.DATE, formatter.formatRawCellContents(value, index, pattern));
            } else {
                cell(record, kind, RowAssembler.number(value));
            }
        }

        private String text(int index) {
            if (texts == null || index < 0 || index >= texts.getNumUniqueStrings()) {
                throw new IllegalArgumentException("No shared string " + index);
            }
            return texts.getString(index).getString();
        }

        private void cell(CellValueRecordInterface record, SheetCell.Kind kind, String text) {
            assembler.cell(record.getRow(), record.getColumn(), kind, text);
        }
    }
}
