package dk.anskaf.platform.spreadsheet;

import dk.anskaf.platform.errors.ApiProblemException;
import dk.anskaf.platform.errors.ProblemTypes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.util.CellReference;
import org.springframework.http.HttpStatus;

/**
 * Reads one sheet of an uploaded spreadsheet (.xlsx or .xls, recognised by content) row by row, in memory
 * that does not grow with the number of rows: each row with a value of its own is handed to the caller and
 * then forgotten. For every spreadsheet upload of the platform (kravbank imports, later supplier answers
 * and parsed intake attachments).
 *
 * <p>Errors, as RFC 9457 problems ({@link ApiProblemException}); nothing is handed on after them, so a
 * caller that writes inside one transaction keeps nothing:
 *
 * <ul>
 *   <li>400 {@code invalid-file}: not a spreadsheet, unreadable, or no sheet of the name asked for;
 *   <li>413 {@code spreadsheet-too-large}: a limit of {@link SpreadsheetLimits} passed (rows, cell length,
 *       uncompressed size), or an archive inflating more than 100 times (a zip bomb); the Danish detail
 *       names the limit and, where there is one, the row.
 * </ul>
 *
 * Exceptions of the caller's row handler pass through unchanged.
 */
public final class SpreadsheetReader {

    /** A real .xlsx compresses text about 10:1; a zip bomb far more. POI's setting is JVM-wide. */
    static final double MIN_INFLATE_RATIO = 0.01;

    static {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
    }

    private SpreadsheetReader() {}

    /**
     * Hands each row of the sheet {@code sheetName} (found ignoring case, as Excel does) to {@code rows},
     * in order, header row included.
     */
    public static void read(byte[] file, String sheetName, SpreadsheetLimits limits, Consumer<SheetRow> rows) {
        boolean found;
        try {
            FileMagic magic = FileMagic.valueOf(file);
            if (magic == FileMagic.OOXML) {
                found = readXlsx(file, sheetName, limits, rows);
            } else if (magic == FileMagic.OLE2) {
                found = XlsReader.read(file, sheetName, limits, rows);
            } else {
                throw unreadable();
            }
        } catch (RowAssembler.ConsumerFailure e) {
            throw e.original();
        } catch (ApiProblemException e) {
            throw e;
        } catch (Exception e) {
            throw translated(e);
        }
        if (!found) {
            throw invalidFile("Filen har ikke et ark med navnet \"" + sheetName + "\"");
        }
    }

    private static boolean readXlsx(byte[] file, String sheetName, SpreadsheetLimits limits, Consumer<SheetRow> rows)
            throws Exception {
        // From a file, the archive inflates each part as it is read; from a stream, POI would inflate all.
        Path copy = Files.createTempFile("anskaf-upload", ".xlsx");
        try {
            Files.write(copy, file);
            return XlsxReader.read(copy.toFile(), sheetName, limits, rows);
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    /** A limit or a caller's refusal may arrive wrapped by a parser; anything else is an unreadable file. */
    private static RuntimeException translated(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RowAssembler.ConsumerFailure consumer) {
                return consumer.original();
            }
            if (cause instanceof ApiProblemException problem) {
                return problem;
            }
            if (cause instanceof IOException
                    && String.valueOf(cause.getMessage()).contains("Zip bomb")) {
                return tooLarge("Filen pakker sig ud til mere end " + Math.round(1 / MIN_INFLATE_RATIO)
                        + " gange sin størrelse, som en zip-bombe; gem den igen fra Excel");
            }
        }
        return unreadable();
    }

    static ApiProblemException tooLarge(String detail) {
        return new ApiProblemException(
                HttpStatus.CONTENT_TOO_LARGE,
                ProblemTypes.of("spreadsheet-too-large"),
                "Regnearket er for stort",
                detail,
                List.of());
    }

    private static ApiProblemException unreadable() {
        return invalidFile("Filen kunne ikke læses som et Excel-regneark (.xls eller .xlsx)");
    }

    private static ApiProblemException invalidFile(String detail) {
        return new ApiProblemException(
                HttpStatus.BAD_REQUEST, ProblemTypes.of("invalid-file"), "Filen kan ikke læses", detail, List.of());
    }

    /** A cell as Excel names it, e.g. "D12". */
    static String cellName(int row, int column) {
        return CellReference.convertNumToColString(column) + (row + 1);
    }
}
