package dk.anskaf.dialogue.dialogue;

import dk.anskaf.platform.errors.ApiProblemException;
import dk.anskaf.platform.errors.DomainException;
import dk.anskaf.platform.errors.IfMatch;
import dk.anskaf.platform.security.CurrentUser;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The purchaser's dialogue API (docs/api.md, {@code DialogueClient}): purchasers and editors of the owning
 * municipality; a supplier contact's token (no municipality) is refused with 403. Maps HTTP only.
 */
@RestController
@RequestMapping("/api/v1/dialogues")
@PreAuthorize("hasAnyRole('PURCHASER', 'EDITOR')")
class DialogueController {

    /** "Ny markedsdialog" and "Rediger"; a joint dialogue (communityId) is not offered yet. */
    record DraftInput(
            @Nullable String title,
            @Nullable String description,
            @Nullable String contactEmail,
            @Nullable List<Integer> domainIds,
            @Nullable Boolean prioritiesVisible,
            @Nullable Boolean pricesRequested,
            @Nullable UUID communityId,
            @Nullable String answersVisibility) {

        Dialogue.Fields fields() {
            if (communityId != null) {
                throw new CommunityNotOffered();
            }
            return new Dialogue.Fields(
                    title == null ? "" : title,
                    description == null ? "" : description,
                    contactEmail == null ? "" : contactEmail,
                    domainIds == null ? List.of() : domainIds,
                    // §5.1: priorities are shown unless switched off; prices are asked for only when switched on.
                    prioritiesVisible == null || prioritiesVisible,
                    pricesRequested != null && pricesRequested,
                    visibility());
        }

        /** Absent: ON_FINISH on creation, unchanged on an update. */
        private @Nullable AnswersVisibility visibility() {
            if (answersVisibility == null) {
                return null;
            }
            try {
                return AnswersVisibility.valueOf(answersVisibility.strip());
            } catch (IllegalArgumentException unknown) {
                throw new UnknownAnswersVisibility();
            }
        }
    }

    /** 400 on {@code communityId}: joint dialogues arrive later (docs/api.md). */
    static final class CommunityNotOffered extends DomainException {
        CommunityNotOffered() {
            super("communityId", "dialogue-community-not-offered");
        }
    }

    /** 400 on {@code answersVisibility}: ON_FINISH or AFTER_DEADLINE. */
    static final class UnknownAnswersVisibility extends DomainException {
        UnknownAnswersVisibility() {
            super("answersVisibility", "dialogue-answers-visibility");
        }
    }

    record DeadlineInput(@Nullable OffsetDateTime deadline) {}

    record PostponementInput(
            @Nullable OffsetDateTime deadline, @Nullable String reason) {}

    record ReasonInput(@Nullable String reason) {}

    private final Dialogues dialogues;
    private final DialogueQueries queries;

    DialogueController(Dialogues dialogues, DialogueQueries queries) {
        this.dialogues = dialogues;
        this.queries = queries;
    }

    @GetMapping
    List<DialogueQueries.Summary> list(@RequestParam(name = "list", defaultValue = "ONGOING") String list) {
        DialogueQueries.ListKind kind;
        try {
            kind = DialogueQueries.ListKind.valueOf(list);
        } catch (IllegalArgumentException e) {
            throw ApiProblemException.invalidField("list", "Vælg ONGOING eller ARCHIVED");
        }
        return queries.list(kind);
    }

    @PostMapping
    ResponseEntity<DialogueView> create(@RequestBody DraftInput draft) {
        return withEtag(
                ResponseEntity.status(HttpStatus.CREATED), dialogues.create(draft.fields(), CurrentUser.require()));
    }

    @GetMapping("/{id}")
    ResponseEntity<DialogueView> get(@PathVariable long id) {
        return withEtag(ResponseEntity.ok(), dialogues.get(id));
    }

    @PutMapping("/{id}")
    ResponseEntity<DialogueView> update(
            @PathVariable long id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @RequestBody DraftInput draft) {
        return withEtag(
                ResponseEntity.ok(),
                dialogues.update(
                        id,
                        IfMatch.version(
                                ifMatch,
                                "Send If-Match med markedsdialogens version, så ingen ændring overskrives uset"),
                        draft.fields()));
    }

    @PostMapping("/{id}/activate")
    DialogueView activate(@PathVariable long id, @RequestBody DeadlineInput input) {
        return dialogues.activate(
                id, input.deadline() == null ? null : input.deadline().toInstant());
    }

    @PostMapping("/{id}/postpone")
    DialogueView postpone(@PathVariable long id, @RequestBody PostponementInput input) {
        return dialogues.postpone(
                id, input.deadline() == null ? null : input.deadline().toInstant(), input.reason());
    }

    @PostMapping("/{id}/cancel")
    DialogueView cancel(@PathVariable long id, @RequestBody ReasonInput input) {
        return dialogues.cancel(id, input.reason());
    }

    private static ResponseEntity<DialogueView> withEtag(ResponseEntity.BodyBuilder response, DialogueView view) {
        return response.eTag("\"" + view.version() + "\"").body(view);
    }
}
