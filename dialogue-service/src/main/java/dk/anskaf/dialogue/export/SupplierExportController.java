package dk.anskaf.dialogue.export;

import dk.anskaf.platform.security.CurrentUser;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A supplier contact's files of a dialogue its organisation was invited to (the organisation from the token
 * only; any other dialogue is 404, a municipal token 403): krav.xlsx without Fortolkning, its own answer
 * sheet in the besvarelse layout (also the sheet to answer offline in) and its own copy as PDF.
 *
 * <p>The purchaser's Status and Spørgsmål/kommentar are filled in the supplier's files only while the
 * purchaser has asked it to elaborate (answer set Uddybning krævet): that is when they are addressed to the
 * supplier; otherwise they are the purchaser's own working notes, and the columns stay empty.
 */
@RestController
@RequestMapping("/api/v1/supplier/dialogues/{id}")
class SupplierExportController {

    private final DialogueFiles files;
    private final AnswersPdf pdf;

    SupplierExportController(DialogueFiles files, AnswersPdf pdf) {
        this.files = files;
        this.pdf = pdf;
    }

    @GetMapping("/requirements.xlsx")
    void requirements(@PathVariable long id, HttpServletResponse response) throws IOException {
        DialogueFiles.Requirements found = files.supplierRequirements(id, organisation());
        FileResponses.start(response, FileResponses.XLSX, FileNames.attachment("krav", id, "", "xlsx"));
        KravSheet.write(found.dialogue(), found.requirements(), false, response.getOutputStream());
    }

    @GetMapping("/answers.xlsx")
    void ownSheet(@PathVariable long id, HttpServletResponse response) throws IOException {
        DialogueFiles.AnswerSheet sheet = files.supplierSheet(id, organisation());
        FileResponses.start(
                response,
                FileResponses.XLSX,
                FileNames.attachment("besvarelse", id, sheet.supplier().organisationName(), "xlsx"));
        BesvarelseSheet.write(
                sheet.dialogue(),
                sheet.requirements(),
                sheet.supplier(),
                sheet.answers(),
                false,
                reviewAddressedToSupplier(sheet.supplier()),
                files.kitosLink(sheet.supplier()),
                response.getOutputStream());
    }

    @GetMapping("/answers.pdf")
    void ownPdf(@PathVariable long id, HttpServletResponse response) throws IOException {
        DialogueFiles.AnswerSheet sheet = files.supplierSheet(id, organisation());
        FileResponses.start(
                response,
                FileResponses.PDF,
                FileNames.attachment("besvarelse", id, sheet.supplier().organisationName(), "pdf"));
        pdf.write(
                "Vores besvarelse – " + sheet.dialogue().title(),
                sheet.dialogue(),
                // The supplier's token does not read the catalogue; the numbers name the domains well enough.
                files.domainNumbers(sheet.dialogue()),
                sheet.requirements(),
                List.of(new AnswersPdf.Section(sheet.supplier(), sheet.answers())),
                reviewAddressedToSupplier(sheet.supplier()),
                response.getOutputStream());
    }

    private static boolean reviewAddressedToSupplier(ExportSupplier supplier) {
        return "ELABORATION_REQUESTED".equals(supplier.status());
    }

    private static UUID organisation() {
        return CurrentUser.require().requireSupplierOrganisation();
    }
}
