package dk.anskaf.catalog.requirement;

import dk.anskaf.catalog.classification.Classifications;
import dk.anskaf.platform.errors.ApiProblemException;
import dk.anskaf.platform.errors.ProblemTypes;
import dk.anskaf.platform.security.CurrentUser;
import dk.anskaf.platform.security.Role;
import dk.anskaf.platform.tenancy.TenantContext;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The requirement catalogue's rules: who may change which requirement, optimistic concurrency, soft
 * delete and restore, and a revision with author for every change.
 */
@Service
public class RequirementService {

    private final RequirementRepository requirements;
    private final Classifications classifications;
    private final RevisionLog revisions;

    RequirementService(RequirementRepository requirements, Classifications classifications, RevisionLog revisions) {
        this.requirements = requirements;
        this.classifications = classifications;
        this.revisions = revisions;
    }

    @Transactional
    public Requirement createLocal(RequirementInput input, CurrentUser author) {
        String tenant = TenantContext.require().value();
        classifications.check(input);
        long id = requirements.insertLocal(tenant, input, author.subject());
        Requirement created = requirements.find(id).orElseThrow();
        revisions.record(created, author, "created");
        return created;
    }

    @Transactional
    public Requirement update(long id, RequirementInput input, int expectedVersion, CurrentUser author) {
        Requirement current = mayChange(id, author);
        if (current.isDeleted()) {
            throw ApiProblemException.conflict("deleted", "Kravet er slettet. Gendan det først.");
        }
        classifications.check(input);
        if (current.version() != expectedVersion
                || !requirements.update(id, input, expectedVersion, author.subject())) {
            throw stale();
        }
        Requirement saved = requirements.find(id).orElseThrow();
        revisions.record(saved, author, "changed");
        return saved;
    }

    @Transactional
    public Requirement delete(long id, CurrentUser author) {
        mayChange(id, author);
        if (!requirements.softDelete(id, author.subject())) {
            throw ApiProblemException.conflict("deleted", "Kravet er allerede slettet");
        }
        Requirement deleted = requirements.find(id).orElseThrow();
        revisions.record(deleted, author, "deleted");
        return deleted;
    }

    /** Brings back the exact last state before deletion (DOMAIN.md section 3.10: the incumbent cannot). */
    @Transactional
    public Requirement restore(long id, CurrentUser author) {
        mayChange(id, author);
        if (!requirements.restore(id, author.subject())) {
            throw ApiProblemException.conflict("not-deleted", "Kravet er ikke slettet");
        }
        Requirement restored = requirements.find(id).orElseThrow();
        revisions.record(restored, author, "restored");
        return restored;
    }

    @Transactional(readOnly = true)
    public Requirement get(long id) {
        return requirements.find(id).orElseThrow(RequirementService::notFound);
    }

    @Transactional(readOnly = true)
    public Page search(RequirementQuery query, boolean showNotes) {
        RequirementRepository.Found found = requirements.search(query);
        return new Page(
                found.rows().stream().map(r -> RequirementView.of(r, showNotes)).toList(),
                query.page(),
                query.size(),
                found.total());
    }

    @Transactional(readOnly = true)
    List<RevisionLog.RevisionSummary> history(long id) {
        get(id);
        return revisions.list(id);
    }

    @Transactional(readOnly = true)
    RevisionLog.Revision revision(long id, int revision) {
        get(id);
        return revisions.get(id, revision).orElseThrow(() -> ApiProblemException.notFound("Revisionen findes ikke"));
    }

    /** The stored state of one revision, for exports. */
    @Transactional(readOnly = true)
    public tools.jackson.databind.JsonNode revisionSnapshot(long id, int revision) {
        return revision(id, revision).snapshot();
    }

    @Transactional(readOnly = true)
    List<RevisionLog.FieldChange> diff(long id, int from, int to) {
        return RevisionLog.diff(revision(id, from).snapshot(), revision(id, to).snapshot());
    }

    /**
     * The requirement, if this user may change it: the owning municipality's editors for local ones, the
     * editorial board for cross-municipal ones. Row-level security enforces the same in the database.
     */
    private Requirement mayChange(long id, CurrentUser user) {
        Requirement requirement = requirements.find(id).orElseThrow(RequirementService::notFound);
        // Local and community requirements: editors (row-level security checks the municipality or
        // membership); cross-municipal ones: the board.
        boolean allowed =
                requirement.ownerKind() == OwnerKind.CROSS_MUNICIPAL ? user.has(Role.BOARD) : user.has(Role.EDITOR);
        if (!allowed) {
            throw ApiProblemException.forbidden(
                    requirement.isLocal()
                            ? "Kun kommunens redaktører kan ændre dette krav"
                            : "Kun kravredaktionen kan ændre tværkommunale krav. Du kan tilføje en lokal udvidelse.");
        }
        // Locks the row for this change; row-level security lets it through only if the database agrees.
        return requirements.findForUpdate(id).orElseThrow(RequirementService::notFound);
    }

    private static ApiProblemException notFound() {
        return ApiProblemException.notFound("Kravet findes ikke");
    }

    private static ApiProblemException stale() {
        return new ApiProblemException(
                HttpStatus.PRECONDITION_FAILED,
                ProblemTypes.of("stale-version"),
                "Kravet er ændret af en anden",
                "Kravet er gemt af en anden, siden du hentede det. Hent den nyeste version og gentag din ændring.",
                List.of());
    }

    /** One page of requirements with the total, for server-side paging. */
    public record Page(List<RequirementView> items, int page, int size, long total) {}
}
