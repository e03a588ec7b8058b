package dk.anskaf.catalog.imports;

import dk.anskaf.platform.errors.ApiProblemException;
import dk.anskaf.platform.security.CurrentUser;
import dk.anskaf.platform.security.Role;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Import of a kravbank file (.xls or .xlsx, at most 10 MB): a dry run by default; {@code dryRun=false}
 * imports. Editors import their municipality's local requirements; the board imports cross-municipal ones.
 */
@RestController
class ImportController {

    private final KravbankImport imports;

    ImportController(KravbankImport imports) {
        this.imports = imports;
    }

    @PostMapping(value = "/api/v1/imports", consumes = "multipart/form-data")
    KravbankImport.Report importFile(
            @RequestPart("file") MultipartFile file,
            @RequestParam(defaultValue = "true") boolean dryRun,
            @RequestParam(defaultValue = "LOCAL") String target)
            throws IOException {
        CurrentUser user = CurrentUser.require();
        boolean crossMunicipal = "CROSS_MUNICIPAL".equals(target);
        if (!crossMunicipal && !"LOCAL".equals(target)) {
            throw ApiProblemException.invalidField("target", "Vælg LOCAL eller CROSS_MUNICIPAL");
        }
        if (crossMunicipal ? !user.has(Role.BOARD) : !user.has(Role.EDITOR)) {
            throw ApiProblemException.forbidden(
                    crossMunicipal
                            ? "Kun kravredaktionen kan importere tværkommunale krav"
                            : "Kun redaktører kan importere krav");
        }
        if (file.isEmpty()) {
            throw ApiProblemException.invalidField("file", "Vælg en fil");
        }
        try (InputStream in = file.getInputStream()) {
            return imports.run(KravbankFileReader.read(in), crossMunicipal, dryRun, user);
        }
    }
}
