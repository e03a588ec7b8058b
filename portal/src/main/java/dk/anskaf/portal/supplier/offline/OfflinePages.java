package dk.anskaf.portal.supplier.offline;

import dk.anskaf.dialogue.client.AnswerSheetReport;
import dk.anskaf.dialogue.client.DialogueClient;
import dk.anskaf.dialogue.client.DialogueClient.SupplierDialogue;
import dk.anskaf.platform.client.ServiceProblemException;
import dk.anskaf.portal.supplier.Answering;
import dk.anskaf.portal.supplier.SupplierTime;
import dk.anskaf.portal.web.ServiceErrors;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * "Besvar offline": download the answer sheet (the exports part's endpoint, through the gateway), upload it
 * filled in, read the service's dry run row by row, and confirm. The portal keeps nothing between the
 * steps: the confirmation sends the file again with the dry run's token, and the service applies it only
 * if the sheet and the answers still make exactly that plan (else 409, shown on the page).
 */
@Controller
class OfflinePages {

    private static final String BASE = "/leverandoer/markedsdialoger/";

    /** The service's limit, checked here too so the user gets the form back, not a bare refusal. */
    static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

    private final DialogueClient dialogues;
    private final SupplierTime time;
    private final MessageSource messages;

    OfflinePages(DialogueClient dialogues, SupplierTime time, MessageSource messages) {
        this.dialogues = dialogues;
        this.time = time;
        this.messages = messages;
    }

    @GetMapping(BASE + "{id}/offline")
    String form(@PathVariable long id, Model model) {
        return page(id, null, Map.of(), model);
    }

    /** The dry run: what the sheet would change, row by row; nothing is saved. */
    @PostMapping(BASE + "{id}/offline")
    String dryRun(
            @PathVariable long id,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            Model model,
            HttpServletResponse response) {
        return upload(id, file, null, model, response);
    }

    /** The confirmation: the same file again with the dry run's token. */
    @PostMapping(BASE + "{id}/offline/bekraeft")
    String confirm(
            @PathVariable long id,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            @RequestParam(name = "token", required = false) @Nullable String token,
            Model model,
            HttpServletResponse response) {
        if (token == null || token.isBlank()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(id, null, Map.of("file", message("supplier.offline.token.missing")), model);
        }
        return upload(id, file, token, model, response);
    }

    private String upload(
            long id, @Nullable MultipartFile file, @Nullable String token, Model model, HttpServletResponse response) {
        String fileError = file == null || file.isEmpty()
                ? message("supplier.offline.file.missing")
                : file.getSize() > MAX_FILE_BYTES ? message("supplier.offline.file.large") : null;
        if (fileError != null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(id, null, Map.of("file", fileError), model);
        }
        try {
            AnswerSheetReport report =
                    dialogues.uploadAnswerSheet(id, file, token == null, token, DialogueClient.ANSWER_SHEET_TIMEOUTS);
            model.addAttribute("filename", file.getOriginalFilename());
            return page(id, report, Map.of(), model);
        } catch (ServiceProblemException refused) {
            // 400: no answer sheet, or rows break a rule; 413: past a limit; 409: closed, or the plan is stale.
            if (refused.status() != 400 && refused.status() != 413 && refused.status() != 409) {
                throw refused;
            }
            response.setStatus(refused.status());
            // Everything the service refuses here concerns the file: its first message goes to the file field.
            String reason = refused.messagesByField(List.of("file"), ServiceErrors.REFUSED)
                    .values()
                    .iterator()
                    .next();
            Map<String, String> errors = Map.of("file", reason);
            return page(id, null, errors, model);
        }
    }

    private String page(long id, @Nullable AnswerSheetReport report, Map<String, String> errors, Model model) {
        SupplierDialogue dialogue = dialogues.supplierDialogue(id);
        model.addAttribute("dialogue", dialogue);
        model.addAttribute("answering", Answering.of(dialogue, time));
        model.addAttribute("report", report);
        model.addAttribute("errors", errors);
        return "leverandoer/offline";
    }

    private String message(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
