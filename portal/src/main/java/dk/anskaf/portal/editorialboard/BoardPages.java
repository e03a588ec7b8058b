package dk.anskaf.portal.editorialboard;

import dk.anskaf.catalog.client.CatalogClient;
import dk.anskaf.platform.client.ServiceProblemException;
import dk.anskaf.portal.web.ServiceErrors;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Kravredaktion: the board's queue of pending promotion requests, its meetings, and the decision on
 * each request (approve, reject with a reason, postpone). The catalogue checks the board role; other
 * users get its refusal as a readable page.
 */
@Controller
class BoardPages {

    private static final Set<String> NOTICES = Set.of("moede", "besluttet");
    private static final Set<String> DECISIONS = Set.of("APPROVE", "REJECT", "POSTPONE");

    private final CatalogClient catalog;

    BoardPages(CatalogClient catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/kravredaktion")
    String board(@RequestParam(required = false) String besked, Model model) {
        model.addAttribute("notice", besked != null && NOTICES.contains(besked) ? besked : null);
        return page(model, Map.of(), "");
    }

    @PostMapping("/kravredaktion/moeder")
    String schedule(@RequestParam(required = false) String meetingDate, Model model) {
        LocalDate date;
        try {
            date = LocalDate.parse(meetingDate == null ? "" : meetingDate.strip());
        } catch (DateTimeParseException e) {
            return page(model, Map.of("meetingDate", "Skriv datoen som åååå-mm-dd, fx 2026-12-10"), meetingDate);
        }
        try {
            catalog.scheduleBoardMeeting(new CatalogClient.NewMeeting(date));
        } catch (ServiceProblemException.Conflict exists) {
            return page(model, Map.of("meetingDate", "Der er allerede et møde den dag"), meetingDate);
        }
        return "redirect:/kravredaktion?besked=moede";
    }

    @PostMapping("/kravredaktion/{requestId}/beslutning")
    String decide(
            @PathVariable UUID requestId,
            @RequestParam(required = false) String decision,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) UUID meetingId,
            Model model) {
        if (decision == null || !DECISIONS.contains(decision)) {
            return page(model, Map.of("decision-" + requestId, "Vælg en beslutning"), "");
        }
        try {
            catalog.decide(requestId, new CatalogClient.Decision(decision, reason, meetingId));
        } catch (ServiceProblemException.BadRequest refused) {
            Map<String, String> errors = refused.messagesByField(List.of("reason"), ServiceErrors.REFUSED);
            return page(
                    model,
                    Map.of("reason-" + requestId, errors.values().iterator().next()),
                    "");
        }
        return "redirect:/kravredaktion?besked=besluttet";
    }

    private String page(Model model, Map<String, String> errors, String meetingDate) {
        model.addAttribute("queue", catalog.boardQueue());
        model.addAttribute("meetings", catalog.boardMeetings());
        model.addAttribute("errors", errors);
        model.addAttribute("meetingDate", meetingDate);
        model.addAttribute("currentPath", "/kravredaktion"); // also after a post: the language switch gets the page
        return "kravredaktion/board";
    }
}
