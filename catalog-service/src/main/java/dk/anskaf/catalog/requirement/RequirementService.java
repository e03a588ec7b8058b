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
                || !requirements.update(id, keepHidden(current, input), expectedVersion, author.subject())) {
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

    /** Brings back the exact last state before deletion (which the incumbent cannot). */
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
    public Page search(RequirementQuery query, OwnerOnlyFields reader) {
        RequirementRepository.Found found = requirements.search(query);
        return new Page(
                found.rows().stream().map(r -> RequirementView.of(r, reader)).toList(),
                query.page(),
                query.size(),
                found.total(),
                found.exact());
    }

    @Transactional(readOnly = true)
    List<RevisionLog.RevisionSummary> history(long id) {
        get(id);
        return revisions.list(id);
    }

    @Transactional(readOnly = true)
    RevisionLog.Revision revision(long id, int revision) {
        get(id);
        RevisionLog.Revision stored =
                revisions.get(id, revision).orElseThrow(() -> ApiProblemException.notFound("Revisionen findes ikke"));
        // Filtered by the owner when it was written: history from before a promotion stays the old owner's.
        return stored.withSnapshot(OwnerOnlyFields.ofCurrentUser().filter(stored.snapshot()));
    }

    /** The stored state of one revision as the current user may see it (owner-only fields filtered), for exports. */
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
     * members' editors for community ones, the editorial board for cross-municipal ones and for another
     * municipality's local requirement while it awaits the board's decision. Members of a community
     * deciding a request see the requirement but do not change it. Row-level security enforces the same
     * in the database; a row it refuses is answered 403 here, never left to fail as a 500.
     */
    private Requirement mayChange(long id, CurrentUser user) {
        Requirement requirement = requirements.find(id).orElseThrow(RequirementService::notFound);
        boolean othersLocal = requirement.isLocal()
                && !requirement
                        .tenantId()
                        .equals(TenantContext.current().map(t -> t.value()).orElse(null));
        boolean allowed = othersLocal
                ? user.has(Role.BOARD) && requirements.awaitsBoard(id)
                : requirement.ownerKind() == OwnerKind.CROSS_MUNICIPAL ? user.has(Role.BOARD) : user.has(Role.EDITOR);
        if (!allowed) {
            throw refused(requirement, othersLocal);
        }
        // Locks the row for this change; row-level security lets it through only if the database agrees
        // (the board only while a promotion to the cross-municipal catalogue is pending).
        return requirements.findForUpdate(id).orElseThrow(() -> refused(requirement, othersLocal));
    }

    /**
     * The board changing another municipality's pending requirement does not see its owner-only texts
     * ({@link OwnerOnlyFields}), so what it sends for them is not an edit: the stored ones are kept.
     */
    private static RequirementInput keepHidden(Requirement current, RequirementInput input) {
        OwnerOnlyFields author = OwnerOnlyFields.ofCurrentUser();
        boolean texts = author.ownerTexts(current.ownerKind(), current.tenantId());
        boolean notes = author.notes(current.ownerKind(), current.tenantId());
        return texts && notes
                ? input
                : input.withOwnerTexts(
                        texts ? input.interpretation() : current.interpretation(),
                        texts ? input.stakeholders() : current.stakeholders(),
                        notes ? input.notes() : current.notes());
    }

    private static ApiProblemException refused(Requirement requirement, boolean othersLocal) {
        if (othersLocal) {
            return ApiProblemException.forbidden(
                    "Kravet tilhører stadig den kommune, der har anmodet om at dele det. Du kan godkende eller"
                            + " afvise anmodningen, men ikke ændre kravet.");
        }
        return ApiProblemException.forbidden(
                requirement.isLocal()
                        ? "Kun kommunens redaktører kan ændre dette krav"
                        : requirement.ownerKind() == OwnerKind.COMMUNITY
                                ? "Kun redaktører i samarbejdets kommuner kan ændre dette krav"
                                : "Kun kravredaktionen kan ændre tværkommunale krav. Du kan tilføje en lokal udvidelse.");
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

    /**
     * One page of requirements with the total, for server-side paging.
     *
     * @param total the number of matches when {@code totalExact}; otherwise the lower bound 10,000 (the
     *     count stops there so that it costs the same in any catalogue: "mere end 10.000")
     */
    public record Page(List<RequirementView> items, int page, int size, long total, boolean totalExact) {}
}
