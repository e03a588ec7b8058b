package dk.anskaf.catalog.client;

import feign.Request;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.cloud.openfeign.SpringQueryMap;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;

/**
 * How other services (the portal, the dialogue service) talk to the catalogue. Calls carry the caller's
 * token (the platform relays it), so the catalogue answers for the caller's municipality under its own
 * row-level security. Address and timeouts: {@code anskaf.catalog.url} and
 * {@code spring.cloud.openfeign.client.config.catalog.*} (defaults in {@link CatalogClientConfiguration}).
 */
@FeignClient(name = "catalog", url = "${anskaf.catalog.url}", configuration = CatalogClientConfiguration.class)
public interface CatalogClient {

    /** Front-page figures; public. */
    @GetMapping("/api/v1/public/statistics")
    Statistics statistics();

    @GetMapping("/api/v1/classifications")
    Classifications classifications();

    /** One page of a list, with filters, full-text search and sort done by the catalogue. */
    @GetMapping("/api/v1/requirements")
    RequirementPage requirements(@SpringQueryMap RequirementSearch search);

    @GetMapping("/api/v1/requirements/{id}")
    Requirement requirement(@PathVariable("id") long id);

    /** A new local requirement of the caller's municipality (editors). */
    @PostMapping("/api/v1/requirements")
    Requirement create(@RequestBody RequirementDraft draft);

    /**
     * Saves a change. {@code ifMatch} is the version the editor started from (as {@code "<version>"}); if
     * someone saved in between, the catalogue answers 412 and nothing is changed.
     */
    @PutMapping("/api/v1/requirements/{id}")
    Requirement update(
            @PathVariable("id") long id,
            @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody RequirementDraft draft);

    @DeleteMapping("/api/v1/requirements/{id}")
    Requirement delete(@PathVariable("id") long id);

    @PostMapping("/api/v1/requirements/{id}/restore")
    Requirement restore(@PathVariable("id") long id);

    /** Every saved state of a requirement, with its author. */
    @GetMapping("/api/v1/requirements/{id}/revisions")
    List<RevisionSummary> revisions(@PathVariable("id") long id);

    /** Field by field, what differs between two revisions. */
    @GetMapping("/api/v1/requirements/{id}/diff")
    List<FieldChange> diff(@PathVariable("id") long id, @RequestParam("from") int from, @RequestParam("to") int to);

    /** @param change created, changed, deleted, restored or imported */
    record RevisionSummary(int revision, String authorName, String change, OffsetDateTime changedAt) {}

    /** @param from the value before, as JSON (text, number, list or null) */
    record FieldChange(String field, Object from, Object to) {}

    /** "Anmod om ophøjelse" to the cross-municipal catalogue (or a community), with the reason. */
    @PostMapping("/api/v1/requirements/{id}/promotion-requests")
    PromotionRequest requestPromotion(@PathVariable("id") long id, @RequestBody NewPromotion request);

    /** The editorial board's queue of pending requests (board members). */
    @GetMapping("/api/v1/board/promotion-requests")
    List<QueueItem> boardQueue();

    @GetMapping("/api/v1/board/meetings")
    List<Meeting> boardMeetings();

    @PostMapping("/api/v1/board/meetings")
    Meeting scheduleBoardMeeting(@RequestBody NewMeeting meeting);

    /** Approve, reject (reason required) or postpone a pending request, at a meeting. */
    @PostMapping("/api/v1/promotion-requests/{id}/decision")
    QueueItem decide(@PathVariable("id") UUID requestId, @RequestBody Decision decision);

    /** @param target CROSS_MUNICIPAL (default) or COMMUNITY */
    record NewPromotion(String reason, String target, UUID communityId) {}

    /**
     * @param status PENDING, CANCELLED, APPROVED or REJECTED (then with the board's decisionReason)
     * @param own made by the caller's municipality, which alone may withdraw it
     */
    record PromotionRequest(
            UUID id,
            long requirementId,
            String target,
            String reason,
            String status,
            OffsetDateTime requestedAt,
            String decisionReason,
            boolean own) {}

    /** A requirement's promotion requests, newest first. */
    @GetMapping("/api/v1/requirements/{id}/promotion-requests")
    List<PromotionRequest> promotionRequests(@PathVariable("id") long id);

    /** Withdraws the caller's municipality's pending request. */
    @PostMapping("/api/v1/promotion-requests/{id}/cancel")
    void cancelPromotion(@PathVariable("id") UUID requestId);

    record QueueItem(
            UUID requestId,
            long requirementId,
            String requirementName,
            String municipalityTenantId,
            String reason,
            String requestedByName,
            OffsetDateTime requestedAt,
            int postponedCount) {}

    record Meeting(UUID id, LocalDate meetingDate) {}

    record NewMeeting(LocalDate meetingDate) {}

    /** @param decision APPROVE, REJECT or POSTPONE */
    record Decision(String decision, String reason, UUID meetingId) {}

    record Statistics(
            long dialoguesLast3Months,
            long kravbankDownloadsLast3Months,
            long municipalitiesConnected,
            long suppliersConnected,
            List<Recent> recentlyChanged) {}

    record Recent(long id, String name, String category, LocalDate changed) {}

    record Classifications(
            List<Category> categories, List<Named> domains, List<Named> filters, List<Named> principles) {}

    record Category(int id, String name, List<Named> subCategories) {}

    /** A category, domain, filter or principle; a filter has its question, a principle its reference. */
    record Named(int id, String name, String question, String reference) {}

    /**
     * @param list LOCAL, COMMUNITY, CROSS_MUNICIPAL, ALL or DELETED
     * @param sort ID, NAME, UPDATED, PRIORITY, CATEGORY or RELEVANCE
     */
    record RequirementSearch(
            String list,
            String q,
            Integer categoryId,
            String priority,
            String sort,
            Boolean descending,
            int page,
            int size) {}

    /**
     * A page of the list. {@code totalExact} is false when the catalogue stopped counting at 10,000 (then
     * {@code total} is that lower bound); absent, as from a catalogue before issue #12, it means exact.
     */
    record RequirementPage(List<Requirement> items, int page, int size, long total, Boolean totalExact) {

        /** Whether {@code total} is the number of matches rather than a lower bound. */
        public boolean exact() {
            return totalExact == null || totalExact;
        }
    }

    record Parameter(String name, String defaultValue, String unit) {}

    /** A requirement as the catalogue shows it; type is Lokalt krav, Samarbejdskrav or Tværkommunalt krav. */
    record Requirement(
            long id,
            String name,
            String description,
            String descriptionRendered,
            List<Parameter> parameters,
            String rationale,
            String type,
            int categoryId,
            String category,
            Integer subCategoryId,
            String subCategory,
            String priority,
            String priorityLabel,
            List<Integer> domainIds,
            boolean allDomains,
            List<Integer> filterIds,
            boolean allFilters,
            List<Integer> principleIds,
            String interpretation,
            String stakeholders,
            String notes,
            boolean elaborationRequired,
            boolean saas,
            boolean onPremise,
            boolean deleted,
            OffsetDateTime updatedAt,
            int version) {}

    /**
     * Every field an editor sets on a requirement, for a new one or a change; priority is OPTIONAL, NORMAL,
     * HIGH or ABSOLUTE.
     */
    record RequirementDraft(
            String name,
            String description,
            String rationale,
            Integer categoryId,
            Integer subCategoryId,
            String priority,
            List<Integer> domainIds,
            boolean allDomains,
            List<Integer> filterIds,
            boolean allFilters,
            List<Integer> principleIds,
            String interpretation,
            String stakeholders,
            String notes,
            boolean elaborationRequired,
            boolean saas,
            boolean onPremise) {}

    /**
     * Checks a kravbank file (.xls/.xlsx) without importing it: what would be created, updated, left or
     * rejected, and why. The catalogue keeps the file for a day under the report's {@code uploadId}.
     *
     * @param target LOCAL (editors) or CROSS_MUNICIPAL (the board)
     */
    @PostMapping(value = "/api/v1/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportReport dryRunImport(
            @RequestPart("file") MultipartFile file, @RequestParam("target") String target, Request.Options timeouts);

    /** Imports the file of the caller's own dry run; a second confirmation finds nothing (404). */
    @PostMapping("/api/v1/imports/{uploadId}")
    ImportReport confirmImport(@PathVariable("uploadId") UUID uploadId, Request.Options timeouts);

    /**
     * The caller's own dry run again with the user's choices ({@code dryRun} true: the file stays), or
     * imported with them ({@code dryRun} false). Unknown category ids are refused with 400 (field
     * {@code categories}).
     */
    @PostMapping("/api/v1/imports/{uploadId}")
    ImportReport confirmImport(
            @PathVariable("uploadId") UUID uploadId,
            @RequestParam("dryRun") boolean dryRun,
            @RequestBody ImportChoices choices,
            Request.Options timeouts);

    /**
     * @param categories a category name of the file to the id of the category its rows get; names left out
     *     leave their rows out
     * @param parameterRows rows whose proposed parameters are accepted
     */
    record ImportChoices(Map<String, Integer> categories, List<Integer> parameterRows) {}

    /**
     * Imports read or write up to 200,000 rows in one request: ten minutes, not the usual seconds (a
     * 100,000-row import writes a few hundred rows a second, docs/benchmarks.md).
     */
    Request.Options IMPORT_TIMEOUTS = new Request.Options(2, TimeUnit.SECONDS, 600, TimeUnit.SECONDS, true);

    /** Counts cover every row; {@code lines} the first rows only, {@code linesOmitted} says how many more. */
    record ImportReport(
            boolean dryRun,
            String target,
            int created,
            int updated,
            int unchanged,
            int rejected,
            List<ImportLine> lines,
            int linesOmitted,
            List<String> unknownCategories,
            UUID uploadId) {}

    /**
     * @param action CREATE, UPDATE, UNCHANGED or REJECT (with the reason)
     * @param proposedParameters bracketed values of the description that may become parameters
     */
    record ImportLine(
            int row, String kravId, String name, String action, String reason, List<String> proposedParameters) {}

    /** The caller's municipality's own additions to a shared requirement (empty if none). */
    @GetMapping("/api/v1/requirements/{id}/local-extension")
    LocalExtension localExtension(@PathVariable("id") long id);

    @PutMapping("/api/v1/requirements/{id}/local-extension")
    LocalExtension saveLocalExtension(@PathVariable("id") long id, @RequestBody LocalExtension extension);

    /** Lokal beskrivelse, Fortolkning, Interessenter, Favoritkrav, and Fravælg krav with its reason. */
    record LocalExtension(
            String localDescription,
            String interpretation,
            String stakeholders,
            Boolean favourite,
            Boolean optedOut,
            String optOutReason) {}

    /** Bilag: the shared ones and the caller's municipality's own. */
    @GetMapping("/api/v1/requirements/{id}/attachments")
    List<Attachment> attachments(@PathVariable("id") long id);

    /** At most 10 MB; PDF, Word, Excel, ODT, PNG, JPEG or text, recognised by content. */
    @PostMapping(value = "/api/v1/requirements/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Attachment addAttachment(@PathVariable("id") long id, @RequestPart("file") MultipartFile file);

    @DeleteMapping("/api/v1/attachments/{attachmentId}")
    void deleteAttachment(@PathVariable("attachmentId") UUID attachmentId);

    /** @param local the municipality's own (true) or shared with the requirement (false) */
    record Attachment(
            UUID id, String filename, String contentType, int sizeBytes, boolean local, OffsetDateTime uploadedAt) {}

    /**
     * The board's administration of categories, sub-categories, domains, filters (with their question)
     * and principles (with their reference).
     *
     * @param kind categories, sub-categories, domains, filters or principles
     */
    @PostMapping("/api/v1/classifications/{kind}")
    Named addClassification(@PathVariable("kind") String kind, @RequestBody ClassificationInput input);

    @PutMapping("/api/v1/classifications/{kind}/{id}")
    Named renameClassification(
            @PathVariable("kind") String kind, @PathVariable("id") int id, @RequestBody ClassificationInput input);

    /** Refused (409) while any requirement, deleted ones included, uses it. */
    @DeleteMapping("/api/v1/classifications/{kind}/{id}")
    void deleteClassification(@PathVariable("kind") String kind, @PathVariable("id") int id);

    /** @param text a filter's question or a principle's reference; categoryId for a sub-category */
    record ClassificationInput(String name, String text, Integer categoryId) {}

    /** "Guidet forløb": which requirements the answers select, out of how many possible, and why. */
    @PostMapping("/api/v1/guided-selection")
    GuidedSelectionResult guidedSelection(@RequestBody GuidedSelectionRequest request);

    /** @param answers filter id → JA, NEJ or VED_IKKE ("Ved ikke" counts as yes) */
    record GuidedSelectionRequest(List<Integer> domainIds, Map<Integer, String> answers) {}

    record GuidedSelectionResult(int selectedCount, int possibleCount, List<Selected> selected) {}

    /** @param reasons why it was chosen: {@code filter:<id>}, {@code all-filters} or {@code favourite} */
    record Selected(
            long id,
            String name,
            String description,
            String rationale,
            String priority,
            boolean elaborationRequired,
            List<String> reasons) {}

    /**
     * A dialogue's candidate list (DOMAIN.md §5.5): live requirements in any of {@code domainIds} or marked
     * for all domains, minus the caller's municipality's opt-outs, matching {@code q} in name or text; id
     * order, at most 100 a page. {@code description} is rendered with the parameters' defaults.
     */
    @GetMapping("/api/v1/dialogue-candidates")
    CandidatePage dialogueCandidates(
            @RequestParam("domainIds") List<Integer> domainIds,
            @RequestParam(value = "q", required = false) String q,
            @RequestParam("page") int page,
            @RequestParam("size") int size);

    /** @param type Lokalt krav, Samarbejdskrav or Tværkommunalt krav */
    record Candidate(
            long id,
            String name,
            String description,
            String priority,
            String type,
            String category,
            String subCategory) {}

    record CandidatePage(List<Candidate> items, int page, int size, long total) {}

    /**
     * Everything a market dialogue copies of these requirements, in one call: the caller's municipality's
     * Lokal beskrivelse, names of category and sub-category, parameters. Ids the caller cannot see (or
     * deleted) are left out; at most 1000 ids.
     */
    @PostMapping("/api/v1/requirement-snapshots")
    List<RequirementSnapshot> requirementSnapshots(@RequestBody SnapshotRequest request);

    record SnapshotRequest(List<Long> ids) {}

    /** @param description with its {@code {{name|default|unit}}} parameters, listed in {@code parameters} */
    record RequirementSnapshot(
            long id,
            int version,
            String name,
            String description,
            String localDescription,
            String rationale,
            boolean elaborationRequired,
            String category,
            String subCategory,
            String priority,
            boolean saas,
            boolean onPremise,
            List<Parameter> parameters) {}
}
