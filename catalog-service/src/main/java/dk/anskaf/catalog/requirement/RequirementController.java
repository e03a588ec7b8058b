package dk.anskaf.catalog.requirement;

import dk.anskaf.platform.errors.ApiProblemException;
import dk.anskaf.platform.errors.IfMatch;
import dk.anskaf.platform.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Requirements: create, read, change (ETag / If-Match), delete and restore, lists, history and diff. */
@RestController
@RequestMapping("/api/v1/requirements")
// No @Validated: Spring MVC validates the constrained parameters itself and its error is answered as a 400
// naming the parameter; @Validated's proxy threw ConstraintViolationException first, which became a 500.
class RequirementController {

    private final RequirementService service;

    RequirementController(RequirementService service) {
        this.service = service;
    }

    @PostMapping
    @PreAuthorize("hasRole('EDITOR')")
    ResponseEntity<RequirementView> create(@Valid @RequestBody RequirementInput requirement) {
        Requirement created = service.createLocal(requirement, CurrentUser.require());
        return withEtag(ResponseEntity.created(URI.create("/api/v1/requirements/" + created.id())), created);
    }

    @GetMapping("/{id}")
    ResponseEntity<RequirementView> get(@PathVariable long id) {
        return withEtag(ResponseEntity.ok(), service.get(id));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAnyRole('EDITOR', 'BOARD')")
    ResponseEntity<RequirementView> update(
            @PathVariable long id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody RequirementInput requirement) {
        Requirement saved = service.update(
                id,
                requirement,
                IfMatch.version(ifMatch, "Send If-Match med kravets ETag, så ingen ændring overskrives uset"),
                CurrentUser.require());
        return withEtag(ResponseEntity.ok(), saved);
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasAnyRole('EDITOR', 'BOARD')")
    ResponseEntity<RequirementView> delete(@PathVariable long id) {
        return withEtag(ResponseEntity.ok(), service.delete(id, CurrentUser.require()));
    }

    @PostMapping("/{id}/restore")
    @PreAuthorize("hasAnyRole('EDITOR', 'BOARD')")
    ResponseEntity<RequirementView> restore(@PathVariable long id) {
        return withEtag(ResponseEntity.ok(), service.restore(id, CurrentUser.require()));
    }

    @GetMapping
    RequirementService.Page list(
            @RequestParam(defaultValue = "ALL") RequirementQuery.ListKind list,
            @RequestParam(required = false) @Size(max = 200) String q,
            @RequestParam(required = false) Integer categoryId,
            @RequestParam(required = false) Integer subCategoryId,
            @RequestParam(required = false) Integer domainId,
            @RequestParam(required = false) Integer filterId,
            @RequestParam(required = false) Integer principleId,
            @RequestParam(required = false) Priority priority,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate changedSince,
            @RequestParam(defaultValue = "ID") RequirementQuery.Sort sort,
            @RequestParam(defaultValue = "false") boolean descending,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "100") @Min(1) @Max(500) int size) {
        if ((long) page * size >= RequirementRepository.COUNTED_AT_MOST) {
            // Deeper offsets would read and skip rows in proportion to the catalogue.
            throw ApiProblemException.invalidField(
                    "page", "Kun de første 10.000 krav kan bladres igennem; indsnævr listen med søgning eller filtre");
        }
        var query = new RequirementQuery(
                dk.anskaf.platform.tenancy.TenantContext.current()
                        .map(dk.anskaf.platform.tenancy.TenantId::value)
                        .orElse(null),
                list,
                q,
                categoryId,
                subCategoryId,
                domainId,
                filterId,
                principleId,
                priority,
                changedSince,
                sort,
                descending,
                page,
                size);
        return service.search(query, OwnerOnlyFields.ofCurrentUser());
    }

    @GetMapping("/{id}/revisions")
    List<RevisionLog.RevisionSummary> history(@PathVariable long id) {
        return service.history(id);
    }

    @GetMapping("/{id}/revisions/{revision}")
    RevisionLog.Revision revision(@PathVariable long id, @PathVariable int revision) {
        return service.revision(id, revision);
    }

    @GetMapping("/{id}/diff")
    List<RevisionLog.FieldChange> diff(@PathVariable long id, @RequestParam int from, @RequestParam int to) {
        return service.diff(id, from, to);
    }

    private static ResponseEntity<RequirementView> withEtag(
            ResponseEntity.BodyBuilder response, Requirement requirement) {
        return response.eTag("\"" + requirement.version() + "\"")
                .body(RequirementView.of(requirement, OwnerOnlyFields.ofCurrentUser()));
    }
}
