package dk.anskaf.dialogue.offline;

import dk.anskaf.platform.errors.ProblemMessages;
import dk.anskaf.platform.security.CurrentUser;
import java.io.IOException;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/v1/supplier/dialogues/{id}/answer-sheet} (multipart, part {@code file}, at most 10 MB):
 * a supplier contact's token only; the organisation comes from it, and a dialogue it was not invited to is
 * 404 whatever the file. {@code dryRun=true} (the default) reports and changes nothing; {@code
 * dryRun=false&token=…} with the same file applies the dry run's plan. Reasons are in the language of
 * {@code Accept-Language} (Danish unless English is preferred).
 */
@RestController
class AnswerSheetController {

    private final OfflineAnswering offline;

    AnswerSheetController(OfflineAnswering offline) {
        this.offline = offline;
    }

    @PostMapping(value = "/api/v1/supplier/dialogues/{id}/answer-sheet", consumes = "multipart/form-data")
    AnswerSheetReport upload(
            @PathVariable long id,
            @RequestPart(value = "file", required = false) @Nullable MultipartFile file,
            @RequestParam(defaultValue = "true") boolean dryRun,
            @RequestParam(value = "token", required = false) @Nullable String token,
            @RequestHeader(value = "Accept-Language", required = false) @Nullable String language)
            throws IOException {
        CurrentUser user = CurrentUser.require();
        UUID organisation = user.requireSupplierOrganisation();
        offline.requireWritable(id, organisation);
        if (file == null || file.isEmpty()) {
            throw new AnswerSheetRefused.FileMissing();
        }
        if (!dryRun && (token == null || token.isBlank())) {
            throw new AnswerSheetRefused.TokenMissing();
        }
        // Read before any transaction opens: the set's lock is held only while the plan is checked and applied.
        AnswerSheet sheet = AnswerSheetReader.read(file.getBytes());
        Locale locale = ProblemMessages.localeFor(language);
        if (dryRun) {
            return offline.dryRun(id, organisation, sheet, locale);
        }
        String by = user.email().isBlank() ? user.subject() : user.email();
        return offline.confirm(id, organisation, sheet, token.strip(), by, locale);
    }
}
