package dk.anskaf.dialogue.dialogue;

import dk.anskaf.platform.errors.IfMatch;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The lifecycle after the answers (docs/api.md, "Lifecycle"): Vælg leverandør, archive and restore for
 * purchasers and editors; soft delete, the list of deleted dialogues and bringing one back for the
 * municipality's administrators; the audit trail for all three. Maps HTTP only.
 */
@RestController
@RequestMapping("/api/v1/dialogues")
class DialogueLifecycleController {

    /** The answer set to choose, or null to clear the choice. */
    record ChoiceInput(@Nullable UUID answerSetId) {}

    /** {@code confirmNoSupplier}: archive a Besvaret dialogue even though nobody was chosen. */
    record ArchiveInput(@Nullable Boolean confirmNoSupplier) {}

    record DeleteInput(@Nullable String reason) {}

    private final DialogueLifecycle lifecycle;

    DialogueLifecycleController(DialogueLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @GetMapping("/{id}/supplier-choice")
    @PreAuthorize("hasAnyRole('PURCHASER', 'EDITOR')")
    ResponseEntity<DialogueLifecycle.SupplierChoice> choice(@PathVariable long id) {
        DialogueLifecycle.SupplierChoice choice = lifecycle.choice(id);
        return ResponseEntity.ok().eTag("\"" + choice.version() + "\"").body(choice);
    }

    @PutMapping("/{id}/supplier-choice")
    @PreAuthorize("hasAnyRole('PURCHASER', 'EDITOR')")
    ResponseEntity<DialogueView> choose(
            @PathVariable long id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @RequestBody ChoiceInput input) {
        DialogueView view = lifecycle.choose(
                id,
                IfMatch.version(
                        ifMatch, "Send If-Match med markedsdialogens version, så et andet valg ikke overskrives"),
                input.answerSetId());
        return ResponseEntity.ok().eTag("\"" + view.version() + "\"").body(view);
    }

    @PostMapping("/{id}/archive")
    @PreAuthorize("hasAnyRole('PURCHASER', 'EDITOR')")
    DialogueView archive(@PathVariable long id, @RequestBody(required = false) @Nullable ArchiveInput input) {
        return lifecycle.archive(id, input != null && Boolean.TRUE.equals(input.confirmNoSupplier()));
    }

    @PostMapping("/{id}/restore")
    @PreAuthorize("hasAnyRole('PURCHASER', 'EDITOR')")
    DialogueView restore(@PathVariable long id) {
        return lifecycle.restore(id);
    }

    @GetMapping("/{id}/audit")
    @PreAuthorize("hasAnyRole('PURCHASER', 'EDITOR', 'ADMINISTRATOR')")
    List<DialogueAuditTrail.Entry> audit(@PathVariable long id) {
        return lifecycle.audit(id);
    }

    @PostMapping("/{id}/delete")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    ResponseEntity<Void> delete(@PathVariable long id, @RequestBody DeleteInput input) {
        lifecycle.delete(id, input.reason());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/deleted")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    List<DialogueLifecycle.DeletedDialogue> deleted() {
        return lifecycle.deleted();
    }

    @PostMapping("/{id}/undelete")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    DialogueView undelete(@PathVariable long id) {
        return lifecycle.undelete(id);
    }
}
