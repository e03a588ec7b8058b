package dk.anskaf.catalog.extension;

import dk.anskaf.catalog.requirement.Requirement;
import dk.anskaf.catalog.requirement.RequirementRepository;
import dk.anskaf.platform.errors.ApiProblemException;
import dk.anskaf.platform.security.CurrentUser;
import dk.anskaf.platform.tenancy.TenantContext;
import jakarta.validation.Valid;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A municipality cannot change a cross-municipal requirement but extends it for its own use; on its own
 * requirements only the favourite flag applies here. Stored per municipality under row-level security.
 */
@RestController
class LocalExtensions {

    private final JdbcClient jdbc;
    private final RequirementRepository requirements;

    LocalExtensions(JdbcClient jdbc, RequirementRepository requirements) {
        this.jdbc = jdbc;
        this.requirements = requirements;
    }

    @GetMapping("/api/v1/requirements/{id}/local-extension")
    @Transactional(readOnly = true)
    LocalExtension get(@PathVariable long id) {
        requirements.find(id).orElseThrow(() -> ApiProblemException.notFound("Kravet findes ikke"));
        return find(id).orElse(new LocalExtension(null, null, null, false, false, null));
    }

    @PutMapping("/api/v1/requirements/{id}/local-extension")
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    LocalExtension put(@PathVariable long id, @Valid @RequestBody LocalExtension extension) {
        Requirement requirement =
                requirements.find(id).orElseThrow(() -> ApiProblemException.notFound("Kravet findes ikke"));
        if (extension.isOptedOut()
                && (extension.optOutReason() == null || extension.optOutReason().isBlank())) {
            throw ApiProblemException.invalidField("optOutReason", "Skriv en årsag til fravalget");
        }
        if (requirement.isLocal() && (extension.isOptedOut() || notBlank(extension.localDescription()))) {
            throw ApiProblemException.invalidField(
                    "optedOut", "Et lokalt krav ændres direkte; kun favorit kan sættes her");
        }
        jdbc.sql("""
                        insert into local_extension (requirement_id, tenant_id, local_description, interpretation, stakeholders,
                                                     favourite, opted_out, opt_out_reason, updated_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (requirement_id, tenant_id) do update set local_description = excluded.local_description,
                            interpretation = excluded.interpretation, stakeholders = excluded.stakeholders,
                            favourite = excluded.favourite, opted_out = excluded.opted_out,
                            opt_out_reason = excluded.opt_out_reason, updated_by = excluded.updated_by, updated_at = now()
                        """)
                .params(
                        id,
                        TenantContext.require().value(),
                        blankToNull(extension.localDescription()),
                        blankToNull(extension.interpretation()),
                        blankToNull(extension.stakeholders()),
                        extension.isFavourite(),
                        extension.isOptedOut(),
                        extension.isOptedOut() ? extension.optOutReason().strip() : null,
                        CurrentUser.require().subject())
                .update();
        return find(id).orElseThrow();
    }

    private Optional<LocalExtension> find(long id) {
        return jdbc.sql("""
                        select local_description, interpretation, stakeholders, favourite, opted_out, opt_out_reason
                        from local_extension where requirement_id = ?
                        """).param(id).query(LocalExtension.class).optional();
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
