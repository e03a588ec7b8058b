package dk.anskaf.catalog.requirement;

import dk.anskaf.platform.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/requirements")
@Validated
class RequirementController {

    private final RequirementService service;

    RequirementController(RequirementService service) {
        this.service = service;
    }

    @PostMapping
    @PreAuthorize("hasRole('EDITOR')")
    ResponseEntity<RequirementView> create(@Valid @RequestBody NewRequirement requirement) {
        Requirement created = service.createLocal(requirement, CurrentUser.require());
        return ResponseEntity.created(URI.create("/api/v1/requirements/" + created.id()))
                .body(RequirementView.of(created));
    }

    @GetMapping("/{id}")
    RequirementView get(@PathVariable long id) {
        return RequirementView.of(service.get(id));
    }

    @GetMapping
    RequirementService.Page list(
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "100") @Min(1) @Max(500) int size) {
        return service.list(page, size);
    }
}
