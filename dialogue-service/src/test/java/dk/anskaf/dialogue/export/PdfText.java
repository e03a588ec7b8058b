package dk.anskaf.dialogue.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** A downloaded PDF opened with PDFBox: its text and the facts accessibility depends on. */
record PdfText(String text, boolean structureTree, boolean marked, String language, String title, int pages) {

    static PdfText of(HttpResponse<byte[]> file) {
        if (file.statusCode() != 200) {
            throw new AssertionError("Expected 200, got " + file.statusCode() + ": " + new String(file.body()));
        }
        try (PDDocument pdf = Loader.loadPDF(file.body())) {
            var catalog = pdf.getDocumentCatalog();
            return new PdfText(
                    new PDFTextStripper().getText(pdf),
                    catalog.getStructureTreeRoot() != null,
                    catalog.getMarkInfo() != null && catalog.getMarkInfo().isMarked(),
                    String.valueOf(catalog.getLanguage()),
                    String.valueOf(pdf.getDocumentInformation().getTitle()),
                    pdf.getNumberOfPages());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
