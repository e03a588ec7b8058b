package dk.anskaf.platform.spreadsheet;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.util.unit.DataSize;

/** Counts the inflated bytes of one archive part and refuses the file once they pass the limit. */
final class UncompressedLimit extends FilterInputStream {

    private final long max;
    private long read;

    UncompressedLimit(InputStream in, DataSize max) {
        super(in);
        this.max = max.toBytes();
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int n) {
        read += n;
        if (read > max) {
            throw SpreadsheetReader.tooLarge(
                    "Arket fylder mere end " + (max >> 20) + " MB udpakket; del filen op i flere filer");
        }
    }
}
