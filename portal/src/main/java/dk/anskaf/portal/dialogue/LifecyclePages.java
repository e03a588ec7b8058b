package dk.anskaf.portal.dialogue;

import dk.anskaf.dialogue.client.DialogueClient;
import dk.anskaf.platform.client.ServiceProblemException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Aktiver markedsdialog" with a Svarfrist, "Udskyd svarfrist" with a reason and "Afbryd markedsdialog"
 * with a reason and a confirmation (DOMAIN.md §5.2, §5.11). The purchaser types the deadline as a date
 * and a time in Danish time; dialogue-service gets the instant and decides whether it lies in the future
 * and whether the dialogue's state allows the move. Its refusal is shown on the form, input kept.
 */
@Controller
class LifecyclePages {

    static final String BAD_DEADLINE = "dialogue.error.deadline";
    static final String NO_REASON = "dialogue.error.reason";
    private static final List<String> FIELDS = List.of("deadlineDate", "deadlineTime", "reason");

    private final DialogueClient dialogues;
    private final Refusals refusals;

    LifecyclePages(DialogueClient dialogues, Refusals refusals) {
        this.dialogues = dialogues;
        this.refusals = refusals;
    }

    @GetMapping("/markedsdialoger/{id}/aktiver")
    String activateForm(@PathVariable long id, Model model) {
        return deadlineForm(model, id, "aktiver", "", "", "", Map.of());
    }

    @PostMapping("/markedsdialoger/{id}/aktiver")
    String activate(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String deadlineDate,
            @RequestParam(required = false) @Nullable String deadlineTime,
            Model model) {
        Optional<OffsetDateTime> deadline = DanishTime.parse(deadlineDate, deadlineTime);
        if (deadline.isEmpty()) {
            return deadlineForm(
                    model,
                    id,
                    "aktiver",
                    deadlineDate,
                    deadlineTime,
                    "",
                    Map.of("deadlineDate", refusals.text(BAD_DEADLINE)));
        }
        try {
            dialogues.activate(id, new DialogueClient.Deadline(deadline.get()));
            return "redirect:/markedsdialoger/" + id + "?besked=aktiveret";
        } catch (ServiceProblemException refused) {
            return deadlineForm(model, id, "aktiver", deadlineDate, deadlineTime, "", onForm(refused));
        }
    }

    @GetMapping("/markedsdialoger/{id}/udskyd")
    String postponeForm(@PathVariable long id, Model model) {
        return deadlineForm(model, id, "udskyd", "", "", "", Map.of());
    }

    @PostMapping("/markedsdialoger/{id}/udskyd")
    String postpone(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String deadlineDate,
            @RequestParam(required = false) @Nullable String deadlineTime,
            @RequestParam(required = false) @Nullable String reason,
            Model model) {
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<OffsetDateTime> deadline = DanishTime.parse(deadlineDate, deadlineTime);
        if (deadline.isEmpty()) {
            errors.put("deadlineDate", refusals.text(BAD_DEADLINE));
        }
        if (reason == null || reason.isBlank()) {
            errors.put("reason", refusals.text(NO_REASON));
        }
        if (!errors.isEmpty()) {
            return deadlineForm(model, id, "udskyd", deadlineDate, deadlineTime, reason, errors);
        }
        try {
            dialogues.postpone(id, new DialogueClient.Postponement(deadline.orElseThrow(), reason));
            return "redirect:/markedsdialoger/" + id + "?besked=udskudt";
        } catch (ServiceProblemException refused) {
            return deadlineForm(model, id, "udskyd", deadlineDate, deadlineTime, reason, onForm(refused));
        }
    }

    @GetMapping("/markedsdialoger/{id}/annuller")
    String cancelForm(@PathVariable long id, Model model) {
        return cancelPage(model, id, "", false, Map.of());
    }

    /**
     * Two steps: the reason, then "Er du sikker?" with the reason shown; only the second post (with
     * {@code bekraeft=ja}) cancels, since a cancelled dialogue cannot be taken back.
     */
    @PostMapping("/markedsdialoger/{id}/annuller")
    String cancel(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String reason,
            @RequestParam(required = false) @Nullable String bekraeft,
            Model model) {
        if (reason == null || reason.isBlank()) {
            return cancelPage(model, id, reason, false, Map.of("reason", refusals.text(NO_REASON)));
        }
        if (!"ja".equals(bekraeft)) {
            return cancelPage(model, id, reason, true, Map.of());
        }
        try {
            dialogues.cancel(id, new DialogueClient.Reason(reason));
            return "redirect:/markedsdialoger/" + id + "?besked=annulleret";
        } catch (ServiceProblemException refused) {
            return cancelPage(model, id, reason, false, onForm(refused));
        }
    }

    /** The service names the deadline {@code deadline}; the form has a date and a time field for it. */
    private Map<String, String> onForm(ServiceProblemException refused) {
        Map<String, String> errors = new LinkedHashMap<>();
        refusals.onForm(refused, List.of("deadline", "reason"))
                .forEach((field, message) ->
                        errors.putIfAbsent("deadline".equals(field) ? "deadlineDate" : field, message));
        return errors;
    }

    private String deadlineForm(
            Model model,
            long id,
            String action,
            @Nullable String date,
            @Nullable String time,
            @Nullable String reason,
            Map<String, String> errors) {
        DialogueClient.Dialogue dialogue = dialogues.dialogue(id);
        model.addAttribute("dialogue", dialogue);
        model.addAttribute("action", action);
        model.addAttribute("deadlineDate", date == null ? "" : date);
        model.addAttribute("deadlineTime", time == null ? "" : time);
        model.addAttribute("reason", reason == null ? "" : reason);
        model.addAttribute("errors", Refusals.inOrder(errors, FIELDS));
        model.addAttribute("currentPath", "/markedsdialoger/" + id + "/" + action);
        return "markedsdialog/deadline";
    }

    private String cancelPage(
            Model model, long id, @Nullable String reason, boolean confirming, Map<String, String> errors) {
        model.addAttribute("dialogue", dialogues.dialogue(id));
        model.addAttribute("reason", reason == null ? "" : reason);
        model.addAttribute("confirming", confirming);
        model.addAttribute("errors", Refusals.inOrder(errors, FIELDS));
        model.addAttribute("currentPath", "/markedsdialoger/" + id + "/annuller");
        return "markedsdialog/cancel";
    }
}
