package dk.anskaf.dialogue.export;

import dk.anskaf.catalog.client.CatalogClient;
import dk.anskaf.platform.errors.ApiProblemException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads what one file needs in one read-only transaction (so row-level security applies and the file is
 * consistent), before the first byte is written. Every miss is the same 404 ("not-found"): another
 * municipality's dialogue, a supplier not invited, an answer set the purchaser may not read yet
 * ({@code reviewable_answer_set}) or one of another organisation.
 */
@Component
class DialogueFiles {

    private static final Logger log = LoggerFactory.getLogger(DialogueFiles.class);

    /** A dialogue with its requirements. */
    record Requirements(ExportDialogue dialogue, List<ExportRequirement> requirements) {}

    /** One supplier's answer sheet. */
    record AnswerSheet(
            ExportDialogue dialogue,
            List<ExportRequirement> requirements,
            ExportSupplier supplier,
            Map<Long, ExportAnswer> answers) {}

    /** Every visible supplier's answers. */
    record AllAnswers(
            ExportDialogue dialogue, List<ExportRequirement> requirements, List<AnswersPdf.Section> sections) {}

    private final ExportQueries queries;
    private final CatalogClient catalog;
    private final String kitosLink;

    DialogueFiles(
            ExportQueries queries,
            CatalogClient catalog,
            @Value("${anskaf.dialogue.kitos-system-link:https://kitos.dk/ui/it-systems/catalog/{uuid}}")
                    String kitosLink) {
        this.queries = queries;
        this.catalog = catalog;
        this.kitosLink = kitosLink;
    }

    @Transactional(readOnly = true)
    Requirements purchaserRequirements(long dialogueId) {
        ExportDialogue dialogue = purchaserDialogue(dialogueId);
        return new Requirements(dialogue, queries.requirements(dialogueId));
    }

    @Transactional(readOnly = true)
    AnswerSheet purchaserSheet(long dialogueId, UUID answerSetId) {
        ExportDialogue dialogue = purchaserDialogue(dialogueId);
        ExportSupplier supplier =
                queries.reviewableSupplier(dialogueId, answerSetId).orElseThrow(() -> notFound(dialogueId));
        return new AnswerSheet(
                dialogue, queries.requirements(dialogueId), supplier, queries.answers(supplier.answerSetId()));
    }

    @Transactional(readOnly = true)
    AllAnswers purchaserAll(long dialogueId) {
        ExportDialogue dialogue = purchaserDialogue(dialogueId);
        List<AnswersPdf.Section> sections = queries.reviewableSuppliers(dialogueId).stream()
                .map(supplier -> new AnswersPdf.Section(supplier, queries.answers(supplier.answerSetId())))
                .toList();
        return new AllAnswers(dialogue, queries.requirements(dialogueId), sections);
    }

    @Transactional(readOnly = true)
    Requirements supplierRequirements(long dialogueId, UUID organisation) {
        ExportDialogue dialogue =
                queries.supplierDialogue(dialogueId, organisation).orElseThrow(() -> notFound(dialogueId));
        return new Requirements(dialogue, queries.requirements(dialogueId));
    }

    @Transactional(readOnly = true)
    AnswerSheet supplierSheet(long dialogueId, UUID organisation) {
        ExportDialogue dialogue =
                queries.supplierDialogue(dialogueId, organisation).orElseThrow(() -> notFound(dialogueId));
        ExportSupplier supplier = queries.ownSupplier(dialogueId, organisation).orElseThrow(() -> notFound(dialogueId));
        return new AnswerSheet(
                dialogue, queries.requirements(dialogueId), supplier, queries.answers(supplier.answerSetId()));
    }

    /** The KITOS page of the chosen system, null when none was chosen. */
    @Nullable
    String kitosLink(ExportSupplier supplier) {
        UUID system = supplier.itSystemUuid();
        return system == null ? null : kitosLink.replace("{uuid}", system.toString());
    }

    /**
     * The dialogue's domains by name for the PDF header. The names live in the catalogue; when it does not
     * answer the PDF still comes, with the domains' numbers, rather than failing a download over a header.
     */
    String domainNames(ExportDialogue dialogue) {
        try {
            Map<Integer, String> names = catalog.classifications().domains().stream()
                    .collect(Collectors.toMap(CatalogClient.Named::id, CatalogClient.Named::name, (a, b) -> a));
            return dialogue.domainIds().stream()
                    .map(id -> names.getOrDefault(id, "Domæne " + id))
                    .collect(Collectors.joining(", "));
        } catch (RuntimeException e) {
            log.warn("Domain names for dialogue {} not available from the catalogue: {}", dialogue.id(), e.toString());
            return domainNumbers(dialogue);
        }
    }

    /** "Domæne 1, Domæne 4": the header without asking the catalogue. */
    String domainNumbers(ExportDialogue dialogue) {
        return dialogue.domainIds().stream().map(id -> "Domæne " + id).collect(Collectors.joining(", "));
    }

    private ExportDialogue purchaserDialogue(long dialogueId) {
        return queries.purchaserDialogue(dialogueId).orElseThrow(() -> notFound(dialogueId));
    }

    private static ApiProblemException notFound(long dialogueId) {
        return ApiProblemException.notFound("Markedsdialog " + dialogueId + " eller besvarelsen findes ikke");
    }
}
