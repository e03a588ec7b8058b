package dk.anskaf.platform.spreadsheet;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * What a spreadsheet upload may hold, checked while it is read (properties {@code anskaf.spreadsheet.*}).
 * The defaults admit a 100,000-row kravbank with twice that margin and Excel's own longest cell; beyond
 * them a file is refused with 413 before its rows are used. Archives that inflate more than 100 times
 * (zip bombs) are refused too; that ratio is POI's JVM-wide setting and not configurable here.
 *
 * @param maxRows the highest row number a sheet may use, the header row included
 * @param maxCellChars the longest text of one cell (Excel's own limit is 32,767)
 * @param maxUncompressed the largest uncompressed size of one part of an .xlsx (the sheet, the shared texts)
 */
@ConfigurationProperties("anskaf.spreadsheet")
public record SpreadsheetLimits(
        @DefaultValue("200000") int maxRows,
        @DefaultValue("32767") int maxCellChars,
        @DefaultValue("512MB") DataSize maxUncompressed) {

    public static final SpreadsheetLimits DEFAULTS = new SpreadsheetLimits(200_000, 32_767, DataSize.ofMegabytes(512));
}
