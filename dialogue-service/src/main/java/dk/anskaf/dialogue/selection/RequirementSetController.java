package dk.anskaf.dialogue.selection;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A dialogue's requirement set (docs/api.md, {@code DialogueClient}); purchasers and editors. Maps HTTP only. */
@RestController
@RequestMapping("/api/v1/dialogues/{id}")
@PreAuthorize("hasAnyRole('PURCHASER', 'EDITOR')")
class RequirementSetController {

    record GuidedAnswers(@Nullable Map<Integer, String> answers) {}

    record RequirementChoice(long catalogRequirementId) {}

    record FreeTextRequirement(
            @Nullable String name,
            @Nullable String category,
            @Nullable String priority,
            @Nullable String description) {}

    record RequirementEdit(
            @Nullable String priority,
            @Nullable String description,
            @Nullable Map<String, String> parameterValues) {}

    private final RequirementSet set;

    RequirementSetController(RequirementSet set) {
        this.set = set;
    }

    @PostMapping("/guided-selection")
    RequirementSet.GuidedResult guided(@PathVariable long id, @RequestBody GuidedAnswers answers) {
        return set.guided(id, answers.answers());
    }

    @GetMapping("/candidates")
    RequirementSet.CandidatePage candidates(
            @PathVariable long id,
            @RequestParam(name = "q", required = false) @Nullable String q,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "size", defaultValue = "100") int size) {
        return set.candidates(id, q, page, size);
    }

    @GetMapping("/requirements")
    List<DialogueRequirementView> requirements(@PathVariable long id) {
        return set.list(id);
    }

    @PostMapping("/requirements")
    @ResponseStatus(HttpStatus.CREATED)
    DialogueRequirementView add(@PathVariable long id, @RequestBody RequirementChoice choice) {
        return set.add(id, choice.catalogRequirementId());
    }

    @PostMapping("/requirements/free-text")
    @ResponseStatus(HttpStatus.CREATED)
    DialogueRequirementView addFreeText(@PathVariable long id, @RequestBody FreeTextRequirement requirement) {
        return set.addFreeText(
                id, requirement.name(), requirement.category(), requirement.priority(), requirement.description());
    }

    @PutMapping("/requirements/{requirementId}")
    DialogueRequirementView edit(
            @PathVariable long id, @PathVariable long requirementId, @RequestBody RequirementEdit edit) {
        return set.edit(id, requirementId, edit.priority(), edit.description(), edit.parameterValues());
    }

    @DeleteMapping("/requirements/{requirementId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(@PathVariable long id, @PathVariable long requirementId) {
        set.remove(id, requirementId);
    }
}
