package dk.anskaf.dialogue.answering;

import dk.anskaf.platform.security.CurrentUser;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/supplier/**}: a supplier contact's token only (it names the organisation and no
 * municipality); any other token is 403. The organisation always comes from the token, never from the
 * request, and a dialogue it was not invited to is 404.
 */
@RestController
class SupplierController {

    private final Answering answering;
    private final SupplierQueries queries;
    private final ItSystems itSystems;
    private final Elaborations elaborations;

    SupplierController(Answering answering, SupplierQueries queries, ItSystems itSystems, Elaborations elaborations) {
        this.answering = answering;
        this.elaborations = elaborations;
        this.queries = queries;
        this.itSystems = itSystems;
    }

    @GetMapping("/api/v1/supplier/dialogues")
    List<SupplierViews.SupplierDialogueSummary> dialogues() {
        return queries.dialogues(organisation());
    }

    /** The dialogue page; the first view marks the invitation opened. */
    @GetMapping("/api/v1/supplier/dialogues/{id}")
    SupplierViews.SupplierDialogue dialogue(@PathVariable long id) {
        UUID organisation = organisation();
        answering.open(id, organisation);
        return view(id, organisation);
    }

    @GetMapping("/api/v1/supplier/dialogues/{id}/requirements")
    List<SupplierViews.SupplierRequirement> requirements(@PathVariable long id) {
        return queries.requirements(id, organisation()).orElseThrow(() -> new AnsweringRefused.DialogueNotFound(id));
    }

    @PutMapping("/api/v1/supplier/dialogues/{id}/operating-model")
    SupplierViews.SupplierDialogue chooseOperatingModel(
            @PathVariable long id, @RequestBody SupplierViews.OperatingModelChoice choice) {
        UUID organisation = organisation();
        answering.chooseOperatingModel(id, choice.operatingModel(), organisation);
        return view(id, organisation);
    }

    @GetMapping("/api/v1/supplier/it-systems")
    List<ItSystem> itSystems(@RequestParam(value = "q", required = false) @Nullable String q) {
        organisation();
        return itSystems.search(q);
    }

    @PutMapping("/api/v1/supplier/dialogues/{id}/it-system")
    SupplierViews.SupplierDialogue chooseItSystem(
            @PathVariable long id, @RequestBody SupplierViews.ItSystemChoice choice) {
        UUID organisation = organisation();
        answering.chooseItSystem(id, choice.kitosUuid(), organisation);
        return view(id, organisation);
    }

    @PutMapping("/api/v1/supplier/dialogues/{id}/answers/{requirementId}")
    StoredAnswer answer(@PathVariable long id, @PathVariable long requirementId, @RequestBody AnswerInput answer) {
        return answering.answer(id, requirementId, answer, organisation(), answeredBy());
    }

    @GetMapping("/api/v1/supplier/dialogues/{id}/copy-sources")
    List<SupplierViews.SupplierDialogueSummary> copySources(@PathVariable long id) {
        UUID organisation = organisation();
        view(id, organisation);
        return queries.copySources(id, organisation);
    }

    @PostMapping("/api/v1/supplier/dialogues/{id}/copy-answers")
    CopyResult copyAnswers(@PathVariable long id, @RequestBody SupplierViews.CopySource source) {
        return answering.copy(id, source.fromDialogueId(), organisation(), answeredBy());
    }

    @PostMapping("/api/v1/supplier/dialogues/{id}/finish")
    SupplierViews.SupplierDialogue finish(@PathVariable long id) {
        UUID organisation = organisation();
        answering.finish(id, organisation);
        return view(id, organisation);
    }

    @PostMapping("/api/v1/supplier/dialogues/{id}/decline")
    SupplierViews.SupplierDialogue decline(@PathVariable long id, @RequestBody SupplierViews.Reason reason) {
        UUID organisation = organisation();
        answering.decline(id, reason.reason(), organisation);
        return view(id, organisation);
    }

    /** "Send opdateret besvarelse tilbage til kunde": ends the elaboration round. */
    @PostMapping("/api/v1/supplier/dialogues/{id}/elaboration/send-back")
    SupplierViews.SupplierDialogue sendBack(@PathVariable long id) {
        UUID organisation = organisation();
        elaborations.sendBack(id, organisation, answeredBy());
        return view(id, organisation);
    }

    private SupplierViews.SupplierDialogue view(long id, UUID organisation) {
        return queries.dialogue(id, organisation).orElseThrow(() -> new AnsweringRefused.DialogueNotFound(id));
    }

    private static UUID organisation() {
        return CurrentUser.require().requireSupplierOrganisation();
    }

    /** The contact who answered, as the token names them (kept with each answer). */
    private static String answeredBy() {
        CurrentUser user = CurrentUser.require();
        return user.email().isBlank() ? user.subject() : user.email();
    }
}
