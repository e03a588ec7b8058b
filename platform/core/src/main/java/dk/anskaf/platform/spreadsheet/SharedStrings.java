package dk.anskaf.platform.spreadsheet;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The shared texts of an .xlsx (xl/sharedStrings.xml), kept in a temporary file rather than the heap:
 * a sheet saved by Excel keeps every distinct text there, so 100,000 descriptions of 650 characters are
 * some 65 MB that POI's {@code ReadOnlySharedStringsTable} would hold in memory. Here memory holds only a
 * small cache of short texts (categories, priorities and types repeat on every row); a text is read back
 * by its index from a file of offsets. A text longer than the cell limit is marked, not stored, and
 * refused when a cell uses it, naming that cell.
 */
final class SharedStrings implements Closeable {

    private static final int CACHED_MAX_BYTES = 256;
    private static final int CACHE_ENTRIES = 4096;
    private static final int OVERLONG = -1;

    private final Path data;
    private final Path index;
    private final FileChannel dataChannel;
    private final FileChannel indexChannel;
    private final int count;
    private final Map<Integer, String> cache = new LinkedHashMap<>(CACHE_ENTRIES, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, String> eldest) {
            return size() > CACHE_ENTRIES;
        }
    };

    private SharedStrings(Path data, Path index, int count) throws IOException {
        this.data = data;
        this.index = index;
        this.count = count;
        this.dataChannel = FileChannel.open(data, StandardOpenOption.READ);
        this.indexChannel = FileChannel.open(index, StandardOpenOption.READ);
    }

    /**
     * Reads the part once into temporary files; {@code part} is null for a workbook without shared texts;
     * {@code maxChars} is the longest text a cell may have.
     */
    static SharedStrings read(InputStream part, int maxChars) throws IOException {
        Path data = Files.createTempFile("anskaf-sst", ".data");
        Path index = Files.createTempFile("anskaf-sst", ".index");
        try {
            int count;
            try (var dataOut = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(data)));
                    var indexOut = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(index)))) {
                Writer writer = new Writer(dataOut, indexOut, maxChars);
                if (part != null) {
                    parse(part, writer);
                }
                count = writer.count;
            }
            return new SharedStrings(data, index, count);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(data);
            Files.deleteIfExists(index);
            throw e;
        }
    }

    private static void parse(InputStream part, Writer writer) throws IOException {
        try {
            var reader = XMLHelper.newXMLReader();
            reader.setContentHandler(writer);
            reader.parse(new InputSource(part));
        } catch (SAXException e) {
            throw new IOException("Unreadable shared strings", e);
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The text at {@code position}; null when the file has no such text (a broken file). Throws the
     * cell-length refusal, naming the cell, for a text over the limit.
     */
    String get(int position, RowAssembler cells, int row, int column) {
        if (position < 0 || position >= count) {
            return null;
        }
        String cached = cache.get(position);
        if (cached != null) {
            return cached;
        }
        try {
            ByteBuffer entry = ByteBuffer.allocate(12);
            indexChannel.read(entry, (long) position * 12);
            entry.flip();
            long offset = entry.getLong();
            int length = entry.getInt();
            if (length == OVERLONG) {
                cells.checkLength(Integer.MAX_VALUE, row, column);
            }
            ByteBuffer bytes = ByteBuffer.allocate(length);
            while (bytes.hasRemaining() && dataChannel.read(bytes, offset + bytes.position()) >= 0) {
                // positional reads may return fewer bytes than asked
            }
            String text = new String(bytes.array(), StandardCharsets.UTF_8);
            if (length <= CACHED_MAX_BYTES) {
                cache.put(position, text);
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        try (dataChannel;
                indexChannel) {
            Files.deleteIfExists(data);
            Files.deleteIfExists(index);
        }
    }

    /** Writes each {@code <si>}'s text (its runs, without phonetic guides) and its offset and length. */
    private static final class Writer extends DefaultHandler {
        private final DataOutputStream data;
        private final DataOutputStream index;
        private final int maxChars;
        private final StringBuilder text = new StringBuilder();
        private long offset;
        private int count;
        private boolean inText;
        private boolean inPhonetic;
        private boolean overlong;

        Writer(DataOutputStream data, DataOutputStream index, int maxChars) {
            this.data = data;
            this.index = index;
            this.maxChars = maxChars;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (XlsxReader.name(localName, qName)) {
                case "si" -> {
                    text.setLength(0);
                    overlong = false;
                }
                case "rPh" -> inPhonetic = true;
                case "t" -> inText = !inPhonetic;
                default -> {}
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inText && !overlong) {
                text.append(ch, start, length);
                // The escapes (_x0000_) only shorten the text, so the raw length is a safe bound to stop at.
                if (text.length() > maxChars * 7L) {
                    overlong = true;
                    text.setLength(0);
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            switch (XlsxReader.name(localName, qName)) {
                case "t" -> inText = false;
                case "rPh" -> inPhonetic = false;
                case "si" -> write();
                default -> {}
            }
        }

        private void write() throws SAXException {
            try {
                String decoded = overlong ? null : CellText.decodeEscapes(text.toString());
                if (decoded == null || decoded.length() > maxChars) {
                    index.writeLong(offset);
                    index.writeInt(OVERLONG);
                } else {
                    byte[] bytes = decoded.getBytes(StandardCharsets.UTF_8);
                    data.write(bytes);
                    index.writeLong(offset);
                    index.writeInt(bytes.length);
                    offset += bytes.length;
                }
                count++;
            } catch (IOException e) {
                throw new SAXException(e);
            }
        }
    }
}
