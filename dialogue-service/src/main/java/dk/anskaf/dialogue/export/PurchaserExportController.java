package dk.anskaf.dialogue.export;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The purchaser's files of a dialogue (docs/api.md "Files of a dialogue"): purchasers and editors of the
 * owning municipality; another municipality's dialogue, and an answer set the purchaser may not read yet
 * (the dialogue's visibility setting, {@code reviewable_answer_set}), are 404. Maps HTTP only.
 */
@RestController
@RequestMapping("/api/v1/dialogues/{id}")
@PreAuthorize("hasAnyRole('PURCHASER', 'EDITOR')")
class PurchaserExportController {

    private final DialogueFiles files;
    private final AnswersPdf pdf;

    PurchaserExportController(DialogueFiles files, AnswersPdf pdf) {
        this.files = files;
        this.pdf = pdf;
    }

    /** krav.xlsx (§6.2), with Fortolkning when any requirement has one. */
    @GetMapping("/requirements.xlsx")
    void requirements(@PathVariable long id, HttpServletResponse response) throws IOException {
        DialogueFiles.Requirements found = files.purchaserRequirements(id);
        FileResponses.start(response, FileResponses.XLSX, FileNames.attachment("krav", id, "", "xlsx"));
        KravSheet.write(found.dialogue(), found.requirements(), true, response.getOutputStream());
    }

    /** besvarelse.xlsx (§6.3) with the purchaser's Status and Spørgsmål/kommentar. */
    @GetMapping("/suppliers/{answerSetId}/answers.xlsx")
    void supplierSheet(@PathVariable long id, @PathVariable UUID answerSetId, HttpServletResponse response)
            throws IOException {
        DialogueFiles.AnswerSheet sheet = files.purchaserSheet(id, answerSetId);
        FileResponses.start(
                response,
                FileResponses.XLSX,
                FileNames.attachment("besvarelse", id, sheet.supplier().organisationName(), "xlsx"));
        BesvarelseSheet.write(
                sheet.dialogue(),
                sheet.requirements(),
                sheet.supplier(),
                sheet.answers(),
                true,
                true,
                files.kitosLink(sheet.supplier()),
                response.getOutputStream());
    }

    /** One supplier's answers as PDF (§6.5). */
    @GetMapping("/suppliers/{answerSetId}/answers.pdf")
    void supplierPdf(@PathVariable long id, @PathVariable UUID answerSetId, HttpServletResponse response)
            throws IOException {
        DialogueFiles.AnswerSheet sheet = files.purchaserSheet(id, answerSetId);
        String domains = files.domainNames(sheet.dialogue());
        FileResponses.start(
                response,
                FileResponses.PDF,
                FileNames.attachment("besvarelse", id, sheet.supplier().organisationName(), "pdf"));
        pdf.write(
                "Besvarelse fra " + sheet.supplier().organisationName() + " – "
                        + sheet.dialogue().title(),
                sheet.dialogue(),
                domains,
                sheet.requirements(),
                List.of(new AnswersPdf.Section(sheet.supplier(), sheet.answers())),
                true,
                response.getOutputStream());
    }

    /** Every supplier's answers the purchaser may read now, as one PDF (§6.5). */
    @GetMapping("/answers.pdf")
    void allAnswers(@PathVariable long id, HttpServletResponse response) throws IOException {
        DialogueFiles.AllAnswers all = files.purchaserAll(id);
        String domains = files.domainNames(all.dialogue());
        FileResponses.start(response, FileResponses.PDF, FileNames.attachment("besvarelser", id, "", "pdf"));
        pdf.write(
                "Besvarelser – " + all.dialogue().title(),
                all.dialogue(),
                domains,
                all.requirements(),
                all.sections(),
                true,
                response.getOutputStream());
    }
}
