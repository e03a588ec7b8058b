package dk.anskaf.dialogue.selection;

import dk.anskaf.catalog.client.CatalogClient;
import dk.anskaf.dialogue.dialogue.Dialogues;
import dk.anskaf.platform.client.ServiceProblemException;
import dk.anskaf.platform.errors.ApiProblemException;
import dk.anskaf.platform.errors.FieldError;
import dk.anskaf.platform.errors.ProblemTypes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A dialogue's requirement set (DOMAIN.md §5.4–5.6): copies from the catalogue (guided or one by one),
 * free-text requirements, per-dialogue priority, text and parameter values. Every change needs an Udkast and
 * holds the dialogue's row lock ({@link Dialogues#lockDraft}), so activation freezes a set nobody is still
 * changing. The catalogue answers with the purchaser's own token, so it selects and copies only what the
 * municipality may see, with its local description and without its opt-outs.
 */
@Service
class RequirementSet {

    static final int SNAPSHOT_BATCH = 1000;
    private static final Set<String> PRIORITIES = Set.of("OPTIONAL", "NORMAL", "HIGH", "ABSOLUTE");
    private static final Set<String> ANSWERS = Set.of("JA", "NEJ", "VED_IKKE");

    record GuidedResult(int selectedCount, int possibleCount, List<DialogueRequirementView> requirements) {}

    record Candidate(
            long catalogRequirementId,
            String name,
            String description,
            String priority,
            String type,
            String category,
            @Nullable String subCategory,
            boolean selected) {}

    record CandidatePage(List<Candidate> items, int page, int size, long total) {}

    private final Dialogues dialogues;
    private final RequirementRows rows;
    private final CatalogClient catalog;

    RequirementSet(Dialogues dialogues, RequirementRows rows, CatalogClient catalog) {
        this.dialogues = dialogues;
        this.rows = rows;
        this.catalog = catalog;
    }

    @Transactional(readOnly = true)
    List<DialogueRequirementView> list(long dialogueId) {
        dialogues.visible(dialogueId);
        return rows.list(dialogueId);
    }

    /**
     * "Guidet forløb": copies what the answers select into a dialogue without requirements, each with why.
     *
     * @throws SelectionRefused.AlreadyChosen when the set is not empty
     */
    @Transactional
    GuidedResult guided(long dialogueId, @Nullable Map<Integer, String> answers) {
        Dialogues.DraftScope draft = dialogues.lockDraft(dialogueId);
        if (answers == null || answers.values().stream().anyMatch(a -> a == null || !ANSWERS.contains(a))) {
            throw new SelectionRefused.Invalid("answers", "guided-answers");
        }
        if (rows.count(dialogueId) > 0) {
            throw new SelectionRefused.AlreadyChosen(dialogueId);
        }
        CatalogClient.GuidedSelectionResult result = fromCatalogue(
                () -> catalog.guidedSelection(new CatalogClient.GuidedSelectionRequest(draft.domainIds(), answers)));
        Map<Long, List<String>> reasons = new LinkedHashMap<>();
        result.selected().forEach(s -> reasons.put(s.id(), s.reasons()));
        List<DialogueRequirementView> copied = new ArrayList<>();
        for (CatalogClient.RequirementSnapshot snapshot : snapshots(List.copyOf(reasons.keySet()))) {
            copied.add(rows.insertCopy(dialogueId, snapshot, reasons.get(snapshot.id())));
        }
        return new GuidedResult(copied.size(), result.possibleCount(), copied);
    }

    /** The candidate list of the dialogue's domains, marking those already chosen. */
    @Transactional(readOnly = true)
    CandidatePage candidates(long dialogueId, @Nullable String q, int page, int size) {
        Dialogues.DraftScope dialogue = dialogues.visible(dialogueId);
        CatalogClient.CandidatePage found =
                fromCatalogue(() -> catalog.dialogueCandidates(dialogue.domainIds(), q, page, size));
        Set<Long> chosen = new HashSet<>(rows.catalogIds(dialogueId));
        return new CandidatePage(
                found.items().stream()
                        .map(c -> new Candidate(
                                c.id(),
                                c.name(),
                                c.description(),
                                c.priority(),
                                c.type(),
                                c.category(),
                                c.subCategory(),
                                chosen.contains(c.id())))
                        .toList(),
                found.page(),
                found.size(),
                found.total());
    }

    /**
     * Copies one catalogue requirement into the draft ("manual").
     *
     * @throws SelectionRefused.AlreadyInDialogue if it is there already
     * @throws SelectionRefused.RequirementNotFound if the caller cannot see it in the catalogue
     */
    @Transactional
    DialogueRequirementView add(long dialogueId, long catalogRequirementId) {
        dialogues.lockDraft(dialogueId);
        if (rows.catalogIds(dialogueId).contains(catalogRequirementId)) {
            throw new SelectionRefused.AlreadyInDialogue(catalogRequirementId);
        }
        List<CatalogClient.RequirementSnapshot> found = snapshots(List.of(catalogRequirementId));
        if (found.isEmpty()) {
            throw new SelectionRefused.RequirementNotFound(catalogRequirementId);
        }
        return rows.insertCopy(dialogueId, found.getFirst(), List.of("manual"));
    }

    /** "Tilføj fritekstkrav": a requirement of this dialogue only, numbered F1, F2 …. */
    @Transactional
    DialogueRequirementView addFreeText(
            long dialogueId,
            @Nullable String name,
            @Nullable String category,
            @Nullable String priority,
            @Nullable String description) {
        dialogues.lockDraft(dialogueId);
        return rows.insertFreeText(
                dialogueId,
                text(name, "name", 300, "requirement-name"),
                text(category, "category", 200, "requirement-category"),
                priority(priority),
                text(description, "description", 20_000, "requirement-description"));
    }

    /**
     * Per-dialogue priority (only when priorities are shown), text and parameter values; null leaves a field
     * as it is, a blank parameter value returns to the default.
     */
    @Transactional
    DialogueRequirementView edit(
            long dialogueId,
            long requirementId,
            @Nullable String priority,
            @Nullable String description,
            @Nullable Map<String, String> parameterValues) {
        Dialogues.DraftScope draft = dialogues.lockDraft(dialogueId);
        DialogueRequirementView current = rows.find(dialogueId, requirementId)
                .orElseThrow(() -> new SelectionRefused.RequirementNotFound(requirementId));
        String newPriority = current.priority();
        if (priority != null && !priority.equals(current.priority())) {
            newPriority = priority(priority);
            if (!draft.prioritiesVisible()) {
                throw new SelectionRefused.Invalid("priority", "requirement-priority-hidden");
            }
        }
        String newDescription = description == null
                ? current.description()
                : text(description, "description", 20_000, "requirement-description");
        List<ParameterValue> parameters = withValues(current.parameters(), parameterValues);
        rows.update(dialogueId, requirementId, newPriority, newDescription, parameters);
        return rows.find(dialogueId, requirementId).orElseThrow();
    }

    /** Deselects; the dialogue's edits of it go with it. */
    @Transactional
    void remove(long dialogueId, long requirementId) {
        dialogues.lockDraft(dialogueId);
        if (!rows.delete(dialogueId, requirementId)) {
            throw new SelectionRefused.RequirementNotFound(requirementId);
        }
    }

    private List<CatalogClient.RequirementSnapshot> snapshots(List<Long> ids) {
        List<CatalogClient.RequirementSnapshot> all = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += SNAPSHOT_BATCH) {
            List<Long> batch = ids.subList(from, Math.min(ids.size(), from + SNAPSHOT_BATCH));
            all.addAll(fromCatalogue(() -> catalog.requirementSnapshots(new CatalogClient.SnapshotRequest(batch))));
        }
        // The catalogue answers in id order; keep the order the selection gave.
        all.sort((a, b) -> Integer.compare(ids.indexOf(a.id()), ids.indexOf(b.id())));
        return all;
    }

    private static List<ParameterValue> withValues(
            List<ParameterValue> parameters, @Nullable Map<String, String> values) {
        if (values == null) {
            return parameters;
        }
        for (Map.Entry<String, String> entry : values.entrySet()) {
            if (parameters.stream().noneMatch(p -> p.name().equals(entry.getKey()))) {
                throw new SelectionRefused.Invalid("parameterValues", "parameter-unknown");
            }
            if (entry.getValue() != null && entry.getValue().strip().length() > 100) {
                throw new SelectionRefused.Invalid("parameterValues", "parameter-value");
            }
        }
        return parameters.stream()
                .map(p -> {
                    if (!values.containsKey(p.name())) {
                        return p;
                    }
                    String value = values.get(p.name());
                    return new ParameterValue(
                            p.name(),
                            p.defaultValue(),
                            p.unit(),
                            value == null || value.isBlank() ? null : value.strip());
                })
                .toList();
    }

    private static String priority(@Nullable String priority) {
        if (priority == null || !PRIORITIES.contains(priority)) {
            throw new SelectionRefused.Invalid("priority", "requirement-priority");
        }
        return priority;
    }

    private static String text(@Nullable String value, String field, int max, String slug) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty() || stripped.length() > max) {
            throw new SelectionRefused.Invalid(field, slug);
        }
        return stripped;
    }

    /**
     * A catalogue refusal of a field becomes this service's 400 on the same field; a catalogue that does not
     * answer is 503 with nothing changed (the transaction rolls back).
     */
    private static <T> T fromCatalogue(Supplier<T> call) {
        try {
            return call.get();
        } catch (ServiceProblemException.BadRequest refused) {
            List<FieldError> fields = refused.fieldErrors();
            throw new SelectionRefused.Invalid(
                    fields.isEmpty() ? "answers" : fields.getFirst().field(), "catalogue-refused");
        } catch (ServiceProblemException.Unavailable away) {
            throw new ApiProblemException(
                    HttpStatus.SERVICE_UNAVAILABLE,
                    ProblemTypes.of("catalogue-unavailable"),
                    "Kravbanken svarer ikke",
                    "Kravbanken svarer ikke lige nu; prøv igen om lidt. Intet er ændret.",
                    List.of());
        }
    }
}
