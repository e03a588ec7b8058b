package dk.anskaf.catalog;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;

/** A real anonymous kravbank download from the incumbent: 1,000 cross-municipal rows as .xls. */
public final class IncumbentSample {

    private IncumbentSample() {}

    public static byte[] raw() throws Exception {
        try (InputStream in =
                IncumbentSample.class.getResourceAsStream("/samples/kravbank-incumbent-anonymous-1000.xls")) {
            return in.readAllBytes();
        }
    }

    /**
     * The sample as a municipality's own file: its rows typed "Lokalt krav". As downloaded they are the
     * shared catalogue, which a municipality's import never copies.
     */
    public static byte[] asLocalRequirements() throws Exception {
        try (var workbook = new HSSFWorkbook(new ByteArrayInputStream(raw()));
                var out = new ByteArrayOutputStream()) {
            var sheet = workbook.getSheet("Krav");
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                sheet.getRow(r).getCell(2).setCellValue("Lokalt krav");
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
