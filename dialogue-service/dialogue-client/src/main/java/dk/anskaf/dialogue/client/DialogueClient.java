package dk.anskaf.dialogue.client;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * How the portal talks to dialogue-service (market dialogues, DOMAIN.md §5). Calls carry the caller's
 * token (the platform relays it): a purchaser's token names the municipality, a supplier contact's
 * token names the supplier organisation and no municipality, and the service answers each only with
 * what that caller may see (docs/security.md). Refusals are RFC 9457 problems: 400 with the field, 404
 * for what the caller cannot see, 409 with a Danish reason for a move the dialogue's state forbids,
 * 412 for a stale {@code If-Match}. Address and timeouts: {@code anskaf.dialogue.url} and
 * {@link DialogueClientConfiguration}.
 *
 * <p>Times are instants with offset; the portal shows and reads them in Danish time (Europe/Copenhagen).
 * Enum-like strings are the upper-case names given in each record's Javadoc; the portal shows Danish
 * labels for them.
 */
@FeignClient(name = "dialogue", url = "${anskaf.dialogue.url}", configuration = DialogueClientConfiguration.class)
public interface DialogueClient {

    // ---- Purchaser (role purchaser or editor of the owning municipality) ----

    /** @param list ONGOING (Igangværende: all but archived) or ARCHIVED (Arkiverede) */
    @GetMapping("/api/v1/dialogues")
    List<DialogueSummary> dialogues(@RequestParam("list") String list);

    /** "Ny markedsdialog": a draft owned by the caller's municipality (or a community it belongs to). */
    @PostMapping("/api/v1/dialogues")
    Dialogue create(@RequestBody DialogueDraft draft);

    @GetMapping("/api/v1/dialogues/{id}")
    Dialogue dialogue(@PathVariable("id") long id);

    /**
     * Changes the fields. While Udkast every field; while Aktiv or Besvaret only the contact e-mail (the
     * rest is frozen: 409). {@code ifMatch} is {@code "<version>"}.
     */
    @PutMapping("/api/v1/dialogues/{id}")
    Dialogue update(
            @PathVariable("id") long id,
            @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody DialogueDraft draft);

    /**
     * "Guidet forløb" (§5.4): copies what the answers select into a dialogue that has no requirements yet
     * (409 otherwise); the result says n of m and why each was selected.
     */
    @PostMapping("/api/v1/dialogues/{id}/guided-selection")
    GuidedResult guidedSelection(@PathVariable("id") long id, @RequestBody GuidedAnswers answers);

    /**
     * The candidate list (§5.5): the dialogue's domains plus all-domain requirements, minus the
     * municipality's opt-outs; {@code selected} marks those already in the dialogue. 100 per page.
     */
    @GetMapping("/api/v1/dialogues/{id}/candidates")
    CandidatePage candidates(
            @PathVariable("id") long id,
            @RequestParam(value = "q", required = false) String q,
            @RequestParam("page") int page,
            @RequestParam("size") int size);

    /** The dialogue's own requirement set, in order. */
    @GetMapping("/api/v1/dialogues/{id}/requirements")
    List<DialogueRequirement> requirements(@PathVariable("id") long id);

    /** Copies one catalogue requirement into the draft (409 if already there or not Udkast). */
    @PostMapping("/api/v1/dialogues/{id}/requirements")
    DialogueRequirement addRequirement(@PathVariable("id") long id, @RequestBody RequirementChoice choice);

    /** "Tilføj fritekstkrav" (§5.6): exists only in this dialogue, with its own number (F1, F2 ...). */
    @PostMapping("/api/v1/dialogues/{id}/requirements/free-text")
    DialogueRequirement addFreeText(@PathVariable("id") long id, @RequestBody FreeTextRequirement requirement);

    /** Per-dialogue priority, text and parameter values (Udkast only). */
    @PutMapping("/api/v1/dialogues/{id}/requirements/{requirementId}")
    DialogueRequirement editRequirement(
            @PathVariable("id") long id,
            @PathVariable("requirementId") long requirementId,
            @RequestBody RequirementEdit edit);

    /** Deselects (Udkast only); the dialogue's edits of it are discarded. */
    @DeleteMapping("/api/v1/dialogues/{id}/requirements/{requirementId}")
    void removeRequirement(@PathVariable("id") long id, @PathVariable("requirementId") long requirementId);

    /** "Aktiver markedsdialog": freezes the set; the deadline must be in the future. */
    @PostMapping("/api/v1/dialogues/{id}/activate")
    Dialogue activate(@PathVariable("id") long id, @RequestBody Deadline deadline);

    /** "Udskyd svarfrist": a later deadline with a reason; a Besvaret dialogue becomes Aktiv again. */
    @PostMapping("/api/v1/dialogues/{id}/postpone")
    Dialogue postpone(@PathVariable("id") long id, @RequestBody Postponement postponement);

    /** "Afbryd markedsdialog" from Udkast or Aktiv, reason required. */
    @PostMapping("/api/v1/dialogues/{id}/cancel")
    Dialogue cancel(@PathVariable("id") long id, @RequestBody Reason reason);

    /** Each invited organisation with its status (invited, opened, answering, finished, declined). */
    @GetMapping("/api/v1/dialogues/{id}/suppliers")
    List<SupplierStatus> suppliers(@PathVariable("id") long id);

    /**
     * "Inviter leverandør" (Aktiv only): a contact of an existing organisation, or a new organisation
     * registered on the way. The mail carries a single-use sign-in link; no password exists.
     */
    @PostMapping("/api/v1/dialogues/{id}/invitations")
    SupplierStatus invite(@PathVariable("id") long id, @RequestBody Invitation invitation);

    // ---- Supplier organisations (platform-wide; any municipal user) ----

    /** Search by name or CVR; at most 50. */
    @GetMapping("/api/v1/supplier-organisations")
    List<Organisation> organisations(@RequestParam(value = "q", required = false) String q);

    /** Registers an organisation; CVR must be 8 digits passing modulus 11 and unknown (409 otherwise). */
    @PostMapping("/api/v1/supplier-organisations")
    Organisation registerOrganisation(@RequestBody NewOrganisation organisation);

    @GetMapping("/api/v1/supplier-organisations/{id}/contacts")
    List<Contact> contacts(@PathVariable("id") UUID organisationId);

    // ---- Supplier contact (token with a supplier organisation) ----

    /** "Mine markedsdialoger": the dialogues the caller's organisation was invited to. */
    @GetMapping("/api/v1/supplier/dialogues")
    List<SupplierDialogueSummary> supplierDialogues();

    /** The dialogue page; the first view marks the invitation opened. 404 when not invited. */
    @GetMapping("/api/v1/supplier/dialogues/{id}")
    SupplierDialogue supplierDialogue(@PathVariable("id") long id);

    /** The requirements with the organisation's answers so far, in order. */
    @GetMapping("/api/v1/supplier/dialogues/{id}/requirements")
    List<SupplierRequirement> supplierRequirements(@PathVariable("id") long id);

    /** "Driftsmodel" (§5.9.1): answers Ikke relevant where the model rules a requirement out. */
    @PutMapping("/api/v1/supplier/dialogues/{id}/operating-model")
    SupplierDialogue chooseOperatingModel(@PathVariable("id") long id, @RequestBody OperatingModel model);

    /** The system catalogue to choose the offered product from (KITOS ids), by name. */
    @GetMapping("/api/v1/supplier/it-systems")
    List<ItSystem> itSystems(@RequestParam(value = "q", required = false) String q);

    @PutMapping("/api/v1/supplier/dialogues/{id}/it-system")
    SupplierDialogue chooseItSystem(@PathVariable("id") long id, @RequestBody ItSystemChoice choice);

    /**
     * Saves one answer (§5.9.3), every rule checked here: 400 naming {@code elaboration} or {@code price}
     * when missing; 409 after the deadline, after finishing or declining.
     */
    @PutMapping("/api/v1/supplier/dialogues/{id}/answers/{requirementId}")
    Answer answer(
            @PathVariable("id") long id,
            @PathVariable("requirementId") long requirementId,
            @RequestBody AnswerInput answer);

    /** The organisation's earlier dialogues that answers can be copied from. */
    @GetMapping("/api/v1/supplier/dialogues/{id}/copy-sources")
    List<SupplierDialogueSummary> copySources(@PathVariable("id") long id);

    /** "Kopier svar fra anden markedsdialog": fills unanswered requirements only, never overwrites. */
    @PostMapping("/api/v1/supplier/dialogues/{id}/copy-answers")
    CopyResult copyAnswers(@PathVariable("id") long id, @RequestBody CopySource source);

    /** "Afslut besvarelse": every requirement must be answered; locks the set. */
    @PostMapping("/api/v1/supplier/dialogues/{id}/finish")
    SupplierDialogue finish(@PathVariable("id") long id);

    /** "Ønsker ikke at svare": kept as a status with the reason, never a deletion. */
    @PostMapping("/api/v1/supplier/dialogues/{id}/decline")
    SupplierDialogue decline(@PathVariable("id") long id, @RequestBody Reason reason);

    // ---- Market dialogues II, qa: questions and answers (records in their own files) ----

    /**
     * "Spørgsmål og svar" for the purchaser: every question of the dialogue with who asked, unanswered
     * first, then in the order asked. 404 for another municipality's dialogue.
     */
    @GetMapping("/api/v1/dialogues/{id}/questions")
    List<PurchaserQuestion> questions(@PathVariable("id") long id);

    /**
     * "Besvar": answers, edits the answer's text (each kept) or publishes a private answer. A first answer
     * and a publication are mailed (PRIVATE: the asking organisation's contacts; PUBLISHED: every invited
     * supplier's, without the asker's name). 400 naming {@code answer} or {@code visibility}; 409 {@code
     * question-already-published} to make a published answer private; 404 for a question not in the dialogue.
     */
    @PostMapping("/api/v1/dialogues/{id}/questions/{questionId}/answer")
    PurchaserQuestion answerQuestion(
            @PathVariable("id") long id,
            @PathVariable("questionId") UUID questionId,
            @RequestBody QuestionAnswerInput answer);

    /** The organisation's own questions with their answers, and the answers published from others' questions. */
    @GetMapping("/api/v1/supplier/dialogues/{id}/questions")
    SupplierQuestions supplierQuestions(@PathVariable("id") long id);

    /**
     * "Stil et spørgsmål" while the dialogue is Aktiv (409 {@code question-dialogue-not-active}, {@code
     * question-deadline-passed}, {@code question-declined}); 400 naming {@code text} (3–5000 characters, no
     * control characters) or {@code requirementId} (not in this dialogue).
     */
    @PostMapping("/api/v1/supplier/dialogues/{id}/questions")
    OwnQuestion askQuestion(@PathVariable("id") long id, @RequestBody NewQuestion question);

    // ---- Review and elaboration (issue #15, part "review"; docs/api.md) ----

    /** Besvarelser: each invited organisation, whether its answers may be read now, and why not. */
    @GetMapping("/api/v1/dialogues/{id}/answer-sets")
    List<AnswerSetOverview> answerSets(@PathVariable("id") long id);

    /** One supplier's answers with the reviews and rounds; 404 {@code answers-not-visible} while hidden. */
    @GetMapping("/api/v1/dialogues/{id}/answer-sets/{answerSetId}")
    SupplierAnswers supplierAnswers(@PathVariable("id") long id, @PathVariable("answerSetId") UUID answerSetId);

    /** "Status og bemærkning" on one answer; {@code ifMatch} is the review's {@code "<version>"} (0 first). */
    @PutMapping("/api/v1/dialogues/{id}/answer-sets/{answerSetId}/reviews/{requirementId}")
    AnswerReview review(
            @PathVariable("id") long id,
            @PathVariable("answerSetId") UUID answerSetId,
            @PathVariable("requirementId") long requirementId,
            @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody ReviewInput input);

    /** "Anmod leverandør om yderligere uddybning" (a finished set; dialogue Aktiv or Besvaret). */
    @PostMapping("/api/v1/dialogues/{id}/answer-sets/{answerSetId}/elaboration-requests")
    SupplierAnswers requestElaboration(
            @PathVariable("id") long id,
            @PathVariable("answerSetId") UUID answerSetId,
            @RequestBody ElaborationRequest request);

    /** "Send opdateret besvarelse tilbage til kunde": ends the supplier's elaboration round. */
    @PostMapping("/api/v1/supplier/dialogues/{id}/elaboration/send-back")
    SupplierDialogue sendElaborationBack(@PathVariable("id") long id);

    // ---- Lifecycle (#15, part lifecycle): Vælg leverandør, archive and restore, audit, soft delete ----

    /** "Vælg leverandør": the current choice (null if none) and every invited organisation. */
    @GetMapping("/api/v1/dialogues/{id}/supplier-choice")
    SupplierChoice supplierChoice(@PathVariable("id") long id);

    /**
     * Chooses an answer set ({@code answerSetId} null clears the choice); only in Besvaret or archived from
     * Besvaret (409 with the reason otherwise, also for a declined supplier or one asked to elaborate).
     * {@code ifMatch} is {@code "<version>"} of {@link SupplierChoice#version()}.
     */
    @PutMapping("/api/v1/dialogues/{id}/supplier-choice")
    Dialogue chooseSupplier(
            @PathVariable("id") long id,
            @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody SupplierChoiceInput choice);

    /** Besvaret or Annulleret → Arkiveret; 409 {@code dialogue-archive-without-supplier} unless confirmed. */
    @PostMapping("/api/v1/dialogues/{id}/archive")
    Dialogue archive(@PathVariable("id") long id, @RequestBody ArchiveRequest request);

    /** Arkiveret → the state it was archived from. */
    @PostMapping("/api/v1/dialogues/{id}/restore")
    Dialogue restore(@PathVariable("id") long id);

    /** "Historik": who changed what, oldest first (purchaser, editor or administrator of the owner). */
    @GetMapping("/api/v1/dialogues/{id}/audit")
    List<AuditEntry> audit(@PathVariable("id") long id);

    /** The administrator's soft delete, with a reason (400 on {@code reason} without). */
    @PostMapping("/api/v1/dialogues/{id}/delete")
    void deleteDialogue(@PathVariable("id") long id, @RequestBody Reason reason);

    /** The municipality's deleted dialogues (administrators). */
    @GetMapping("/api/v1/dialogues/deleted")
    List<DeletedDialogue> deletedDialogues();

    /** Brings a deleted dialogue back in the state it had (administrators). */
    @PostMapping("/api/v1/dialogues/{id}/undelete")
    Dialogue undeleteDialogue(@PathVariable("id") long id);

    // ---- Shapes ----

    /**
     * @param status DRAFT (Udkast), ACTIVE (Aktiv), ANSWERED (Besvaret), ARCHIVED (Arkiveret), CANCELLED
     *     (Annulleret)
     */
    record DialogueSummary(
            long id,
            String title,
            String status,
            OffsetDateTime createdAt,
            OffsetDateTime deadline,
            int requirementCount,
            int supplierCount) {}

    /**
     * @param ownerKind MUNICIPALITY or COMMUNITY (a joint dialogue)
     * @param pricesRequested suppliers give a price with Ja, som et tilkøb
     * @param version for {@code If-Match}
     */
    record Dialogue(
            long id,
            String title,
            String description,
            String contactEmail,
            List<Integer> domainIds,
            boolean prioritiesVisible,
            boolean pricesRequested,
            String status,
            String ownerKind,
            String ownerName,
            OffsetDateTime createdAt,
            OffsetDateTime deadline,
            OffsetDateTime activatedAt,
            OffsetDateTime closedAt,
            String cancelReason,
            int requirementCount,
            int version,
            String answersVisibility) {}

    /**
     * @param communityId null: owned by the caller's municipality
     * @param answersVisibility ON_FINISH or AFTER_DEADLINE; null: ON_FINISH on creation, unchanged on an
     *     update (frozen at activation)
     */
    record DialogueDraft(
            String title,
            String description,
            String contactEmail,
            List<Integer> domainIds,
            boolean prioritiesVisible,
            boolean pricesRequested,
            UUID communityId,
            String answersVisibility) {}

    /** @param answers the catalogue's filter id → JA, NEJ or VED_IKKE ("Ved ikke" counts as yes) */
    record GuidedAnswers(Map<Integer, String> answers) {}

    record GuidedResult(int selectedCount, int possibleCount, List<DialogueRequirement> requirements) {}

    record CandidatePage(List<Candidate> items, int page, int size, long total) {}

    /** @param type Lokalt krav, Samarbejdskrav or Tværkommunalt krav */
    record Candidate(
            long catalogRequirementId,
            String name,
            String description,
            String priority,
            String type,
            String category,
            String subCategory,
            boolean selected) {}

    record RequirementChoice(long catalogRequirementId) {}

    /**
     * A requirement as this dialogue holds it.
     *
     * @param kravId what users and exports show: the catalogue id ("1042") or F1, F2 ... for free text
     * @param catalogRequirementId null for free text
     * @param description the dialogue's text with {@code {{name|default|unit}}} parameters
     * @param descriptionRendered the text as suppliers read it: parameters filled with this dialogue's
     *     values (or their defaults) and the municipality's local description appended
     * @param priority OPTIONAL (Option), NORMAL (Krav), HIGH (Vigtigt krav) or ABSOLUTE (Mindstekrav)
     * @param reasons why it was selected: {@code filter:<id>}, {@code all-filters}, {@code favourite},
     *     {@code manual} or {@code free-text}
     */
    record DialogueRequirement(
            long id,
            String kravId,
            Long catalogRequirementId,
            int position,
            String name,
            String description,
            String descriptionRendered,
            String localDescription,
            String rationale,
            boolean elaborationRequired,
            String category,
            String subCategory,
            String priority,
            List<ParameterValue> parameters,
            List<String> reasons) {}

    /** @param value this dialogue's value; null means the default */
    record ParameterValue(String name, String defaultValue, String unit, String value) {}

    record FreeTextRequirement(String name, String category, String priority, String description) {}

    /** @param parameterValues parameter name → value; names the requirement does not have are refused */
    record RequirementEdit(String priority, String description, Map<String, String> parameterValues) {}

    record Deadline(OffsetDateTime deadline) {}

    record Postponement(OffsetDateTime deadline, String reason) {}

    record Reason(String reason) {}

    /**
     * @param status INVITED, OPENED, ANSWERING, FINISHED or DECLINED (then with declineReason)
     * @param contacts the addresses invited
     */
    record SupplierStatus(
            UUID answerSetId,
            UUID organisationId,
            String organisationName,
            String cvr,
            String status,
            List<String> contacts,
            OffsetDateTime invitedAt,
            int answeredCount,
            int requirementCount,
            String declineReason,
            String answersVisibility,
            List<ElaborationRound> elaborationRounds) {}

    /**
     * @param organisationId an existing organisation, or null with {@code newOrganisation}
     * @param subject Overskrift; @param message Besked (plain text, shown escaped in the mail)
     */
    record Invitation(
            UUID organisationId, NewOrganisation newOrganisation, String email, String subject, String message) {}

    record Organisation(UUID id, String name, String cvr) {}

    record NewOrganisation(String name, String cvr) {}

    record Contact(UUID id, String email, String name) {}

    /**
     * @param customerName the municipality (or community) that invited
     * @param status the organisation's own status (INVITED ... DECLINED)
     */
    record SupplierDialogueSummary(
            long dialogueId,
            String title,
            String customerName,
            String dialogueStatus,
            String status,
            OffsetDateTime deadline,
            int answeredCount,
            int requirementCount,
            String itSystemName) {}

    /** @param operatingModel NOT_DECIDED, SAAS, ON_PREMISE or BOTH */
    record SupplierDialogue(
            long dialogueId,
            String title,
            String description,
            String customerName,
            String dialogueStatus,
            String status,
            OffsetDateTime deadline,
            boolean prioritiesVisible,
            boolean pricesRequested,
            String operatingModel,
            ItSystem itSystem,
            int answeredCount,
            int requirementCount,
            String declineReason,
            String answersVisibility,
            List<ElaborationRound> elaborationRounds) {}

    /** @param priority null when the dialogue hides priorities */
    record SupplierRequirement(
            long requirementId,
            String kravId,
            int position,
            String name,
            String descriptionRendered,
            String rationale,
            String category,
            String subCategory,
            String priority,
            boolean elaborationRequired,
            Answer answer,
            ReviewNote review) {}

    record OperatingModel(String operatingModel) {}

    /** @param kitosUuid the system's id in KITOS' IT-system catalogue */
    record ItSystem(UUID kitosUuid, String name, String supplierName) {}

    record ItSystemChoice(UUID kitosUuid) {}

    /**
     * @param choice JA, JA_TILKOEB (Ja, som et tilkøb), JA_DELVIST (Ja, delvist), NEJ or IKKE_RELEVANT
     * @param elaboration Uddybning: required for JA_DELVIST (≥ 3 characters) and where the requirement
     *     demands it for JA and JA_TILKOEB
     * @param price Pris: required for JA_TILKOEB when the dialogue asks for prices
     */
    record AnswerInput(String choice, String elaboration, String price) {}

    /**
     * @param autoAnswered set by the operating model, not by a person
     * @param copiedTextChanged copied from an earlier dialogue whose requirement text differed
     */
    record Answer(
            long requirementId,
            String choice,
            String elaboration,
            String price,
            boolean autoAnswered,
            Long copiedFromDialogueId,
            boolean copiedTextChanged,
            OffsetDateTime updatedAt) {}

    record CopySource(long fromDialogueId) {}

    /** @param markedChanged of those copied, how many had a different requirement text then */
    record CopyResult(int copied, int markedChanged) {}

    // ---- compare (issue #15): the side-by-side comparison ----

    /**
     * Rows = the dialogue's requirements, columns = the suppliers whose answers the purchaser may read now.
     * Filters: {@code priorities} (OPTIONAL, NORMAL, HIGH, ABSOLUTE) and {@code categories} (of the dialogue);
     * {@code weights} as {@code weight.<PRIORITY>} → a number 0–100 (empty map: no score). 400 naming the
     * parameter for a bad value, 404 for another municipality's dialogue. Pass null rather than an empty
     * list: Feign would send an empty list as a parameter without a value.
     */
    @GetMapping("/api/v1/dialogues/{id}/comparison")
    DialogueComparison comparison(
            @PathVariable("id") long id,
            @RequestParam(value = "priority", required = false) @org.jspecify.annotations.Nullable
                    List<String> priorities,
            @RequestParam(value = "category", required = false) @org.jspecify.annotations.Nullable
                    List<String> categories,
            @RequestParam Map<String, String> weights);

    // ---- offline (issue #15): the supplier's answer sheet, filled in offline and uploaded ----

    /**
     * A dry run ({@code dryRun = true}) or the confirmation (with the dry run's {@code token}) of an answer
     * sheet (.xlsx or .xls, at most 10 MB): 400 on {@code file} for a file that is no answer sheet or rows
     * that break a rule, 413 past a limit, 409 {@code answer-sheet-changed} when the plan is stale.
     */
    @PostMapping(
            value = "/api/v1/supplier/dialogues/{id}/answer-sheet",
            consumes = org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE)
    AnswerSheetReport uploadAnswerSheet(
            @PathVariable("id") long id,
            @org.springframework.web.bind.annotation.RequestPart("file")
                    org.springframework.web.multipart.MultipartFile file,
            @RequestParam("dryRun") boolean dryRun,
            @RequestParam(value = "token", required = false) String token,
            feign.Request.Options timeouts);

    /**
     * An answer sheet may take longer than the client's 5 s to send and read (10 MB, 5,000 rows), as the
     * catalogue's import does: a longer read timeout for this call only.
     */
    feign.Request.Options ANSWER_SHEET_TIMEOUTS = new feign.Request.Options(
            2, java.util.concurrent.TimeUnit.SECONDS, 120, java.util.concurrent.TimeUnit.SECONDS, true);
}
