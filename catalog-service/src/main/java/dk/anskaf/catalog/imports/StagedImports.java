package dk.anskaf.catalog.imports;

import dk.anskaf.catalog.requirement.OwnerKind;
import dk.anskaf.platform.errors.ApiProblemException;
import dk.anskaf.platform.security.CurrentUser;
import dk.anskaf.platform.tenancy.TenantContext;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The file behind a dry run, kept for a day so that "Bekræft import" imports exactly what was checked.
 * Confirming takes the file and imports it in one transaction: if the import fails, the file stays;
 * once imported, it is gone, so a second confirmation (a double click, a retried request) finds
 * nothing to import.
 */
@Service
class StagedImports {

    private final JdbcClient jdbc;
    private final KravbankImport imports;

    StagedImports(JdbcClient jdbc, KravbankImport imports) {
        this.jdbc = jdbc;
        this.imports = imports;
    }

    @Transactional
    UUID stage(CurrentUser user, String target, String filename, byte[] file) {
        // Forgotten dry runs of this municipality (row-level security limits the delete to it).
        jdbc.sql("delete from staged_import where created_at < now() - interval '1 day'")
                .update();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into staged_import (id, tenant_id, uploaded_by, target, filename, data)
                        values (?, ?, ?, ?, ?, ?)
                        """)
                .params(id, TenantContext.require().value(), user.subject(), target, filename, file)
                .update();
        return id;
    }

    /** With {@code dryRun} the file stays, to be checked again with other choices or confirmed. */
    @Transactional
    KravbankImport.Report confirm(UUID id, CurrentUser user, KravbankImport.Choices choices, boolean dryRun) {
        record Staged(String target, byte[] data) {}
        Staged staged = jdbc.sql(dryRun ? """
                        select target, data from staged_import
                        where id = ? and uploaded_by = ? and created_at >= now() - interval '1 day'
                        """ : """
                        delete from staged_import
                        where id = ? and uploaded_by = ? and created_at >= now() - interval '1 day'
                        returning target, data
                        """)
                .params(id, user.subject())
                .query((rs, n) -> new Staged(rs.getString("target"), rs.getBytes("data")))
                .optional()
                .orElseThrow(() -> ApiProblemException.notFound(
                        "Prøvekørslen findes ikke (længere). Den er allerede importeret, eller over et døgn gammel."));
        boolean crossMunicipal = OwnerKind.CROSS_MUNICIPAL.name().equals(staged.target());
        ImportController.mayImport(user, crossMunicipal);
        return imports.run(staged.data(), crossMunicipal, dryRun, user, choices).withUploadId(dryRun ? id : null);
    }
}
