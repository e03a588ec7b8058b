package dk.anskaf.platform.spreadsheet;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads one sheet of an .xlsx with SAX over the sheet's XML, never POI's in-memory model (XSSF with
 * XMLBeans holds every cell as objects: a 60,000-row sheet ran a 384 MB service out of heap). The archive
 * is opened from a file, so parts are inflated as they are read, not all at once into memory.
 */
final class XlsxReader {

    private XlsxReader() {}

    /** Returns false when the workbook has no sheet of that name (compared as Excel does, ignoring case). */
    static boolean read(File file, String sheetName, SpreadsheetLimits limits, Consumer<SheetRow> rows)
            throws IOException, OpenXML4JException, SAXException {
        OPCPackage pkg = OPCPackage.open(file, PackageAccess.READ);
        try {
            XSSFReader reader = new XSSFReader(pkg);
            PackagePart sheet = sheetPart(reader, sheetName);
            if (sheet == null) {
                return false;
            }
            List<CellRangeAddress> merges = new ArrayList<>();
            parse(sheet, limits, new MergeCollector(merges, limits));
            List<PackagePart> sharedParts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
            InputStream sharedStream = sharedParts.isEmpty()
                    ? null
                    : limited(sharedParts.getFirst().getInputStream(), limits);
            try (SharedStrings shared = SharedStrings.read(sharedStream, limits.maxCellChars())) {
                RowAssembler assembler = new RowAssembler(merges, limits, rows);
                parse(sheet, limits, new SheetHandler(assembler, shared, new Styles(reader.getStylesTable())));
                assembler.finish();
            } finally {
                if (sharedStream != null) {
                    sharedStream.close();
                }
            }
            return true;
        } finally {
            pkg.revert();
        }
    }

    private static PackagePart sheetPart(XSSFReader reader, String sheetName) throws IOException, OpenXML4JException {
        XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
        while (sheets.hasNext()) {
            try (InputStream ignored = sheets.next()) {
                if (sheets.getSheetName().equalsIgnoreCase(sheetName)) {
                    return sheets.getSheetPart();
                }
            }
        }
        return null;
    }

    private static void parse(PackagePart part, SpreadsheetLimits limits, ContentHandler handler)
            throws IOException, SAXException {
        try (InputStream in = limited(part.getInputStream(), limits)) {
            var reader = XMLHelper.newXMLReader();
            reader.setContentHandler(handler);
            reader.parse(new InputSource(in));
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InputStream limited(InputStream in, SpreadsheetLimits limits) {
        return new UncompressedLimit(in, limits.maxUncompressed());
    }

    static String name(String localName, String qName) {
        return localName == null || localName.isEmpty() ? qName : localName;
    }

    /** Column index of a reference such as "AB12" (0-based), or -1 when it has no letters. */
    static int column(String reference) {
        int column = 0;
        int i = 0;
        while (i < reference.length() && Character.isLetter(reference.charAt(i))) {
            column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
            i++;
        }
        return column - 1;
    }

    /**
     * The first pass: the merge list, which .xlsx writes after the cells, and the row limit and size, so
     * that a sheet too large is refused before any row is handed on.
     */
    private static final class MergeCollector extends DefaultHandler {
        private final List<CellRangeAddress> merges;
        private final SpreadsheetLimits limits;
        private int row = -1;

        MergeCollector(List<CellRangeAddress> merges, SpreadsheetLimits limits) {
            this.merges = merges;
            this.limits = limits;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            String element = name(localName, qName);
            if ("row".equals(element)) {
                String r = attributes.getValue("r");
                row = r == null ? row + 1 : Integer.parseInt(r) - 1;
                RowAssembler.checkRow(limits, row);
            } else if ("mergeCell".equals(element) && attributes.getValue("ref") != null) {
                merges.add(CellRangeAddress.valueOf(attributes.getValue("ref")));
            }
        }
    }

    /** Number formats by style index, looked up once per style, not per cell. */
    private static final class Styles {
        private record Format(int index, String pattern) {}

        private final StylesTable table;
        private final Map<Integer, Format> formats = new HashMap<>();

        Styles(StylesTable table) {
            this.table = table;
        }

        Format of(String style) {
            if (table == null || style == null || style.isEmpty()) {
                return null;
            }
            int index = Integer.parseInt(style);
            if (index < 0 || index >= table.getNumCellStyles()) {
                return null;
            }
            return formats.computeIfAbsent(index, i -> {
                var cellStyle = table.getStyleAt(i);
                return new Format(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
            });
        }
    }

    /** The second pass: cells, one row at a time. */
    private static final class SheetHandler extends DefaultHandler {
        private final RowAssembler assembler;
        private final SharedStrings shared;
        private final Styles styles;
        private final DataFormatter formatter = new DataFormatter();
        private final StringBuilder value = new StringBuilder();
        private int row = -1;
        private int column;
        private String type;
        private String style;
        private boolean hasValue;
        private boolean formula;
        private boolean inValue;
        private boolean inInline;
        private boolean inInlineText;
        private boolean inPhonetic;

        SheetHandler(RowAssembler assembler, SharedStrings shared, Styles styles) {
            this.assembler = assembler;
            this.shared = shared;
            this.styles = styles;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (name(localName, qName)) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    row = r == null ? row + 1 : Integer.parseInt(r) - 1;
                    column = -1;
                    assembler.row(row);
                }
                case "c" -> {
                    String r = attributes.getValue("r");
                    int referenced = r == null ? -1 : column(r);
                    column = referenced < 0 ? column + 1 : referenced;
                    type = attributes.getValue("t");
                    style = attributes.getValue("s");
                    value.setLength(0);
                    hasValue = false;
                    formula = false;
                }
                case "v" -> {
                    inValue = true;
                    hasValue = true;
                }
                case "f" -> {
                    // A formula counts even without a computed result, so that a caller can refuse it.
                    formula = true;
                    hasValue = true;
                }
                case "is" -> {
                    inInline = true;
                    hasValue = true;
                }
                case "rPh" -> inPhonetic = true;
                case "t" -> inInlineText = inInline && !inPhonetic;
                default -> {}
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue || inInlineText) {
                value.append(ch, start, length);
                // Escapes (_x0000_) are at most seven characters for one: a safe bound to stop reading at.
                if (value.length() > assembler.maxRawChars()) {
                    assembler.checkLength(Integer.MAX_VALUE, row, column);
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (name(localName, qName)) {
                case "v" -> inValue = false;
                case "t" -> inInlineText = false;
                case "rPh" -> inPhonetic = false;
                case "is" -> inInline = false;
                case "c" -> {
                    if (hasValue) {
                        cell();
                    }
                }
                default -> {}
            }
        }

        private void cell() {
            String raw = value.toString();
            if (formula && raw.isEmpty()) {
                assembler.cell(row, column, SheetCell.Kind.FORMULA, "");
                return;
            }
            SheetCell.Kind kind = SheetCell.Kind.TEXT;
            String text;
            switch (type == null ? "n" : type) {
                case "s" -> {
                    text = raw.isBlank() ? null : shared.get(Integer.parseInt(raw.strip()), assembler, row, column);
                    if (text == null) {
                        throw new IllegalArgumentException("No shared string " + raw);
                    }
                }
                case "inlineStr", "str" -> text = CellText.decodeEscapes(raw);
                case "b" -> {
                    kind = SheetCell.Kind.BOOLEAN;
                    text = "1".equals(raw.strip()) ? "TRUE" : "FALSE";
                }
                case "e" -> {
                    kind = SheetCell.Kind.ERROR;
                    text = raw;
                }
                case "d" -> {
                    kind = SheetCell.Kind.DATE;
                    text = raw;
                }
                default -> {
                    if (raw.isBlank()) {
                        return;
                    }
                    double number = Double.parseDouble(raw.strip());
                    var format = styles.of(style);
                    if (format != null
                            && DateUtil.isADateFormat(format.index(), format.pattern())
                            && DateUtil.isValidExcelDate(number)) {
                        kind = SheetCell.Kind.DATE;
                        text = formatter.formatRawCellContents(number, format.index(), format.pattern());
                    } else {
                        kind = SheetCell.Kind.NUMBER;
                        text = RowAssembler.number(number);
                    }
                }
            }
            assembler.cell(row, column, formula ? SheetCell.Kind.FORMULA : kind, text);
        }
    }
}
