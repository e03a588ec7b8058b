package dk.anskaf.catalog.imports;

import dk.anskaf.catalog.requirement.OwnerKind;
import dk.anskaf.platform.errors.ApiProblemException;
import dk.anskaf.platform.security.CurrentUser;
import dk.anskaf.platform.security.Role;
import dk.anskaf.platform.text.ControlCharacters;
import java.io.IOException;
import java.util.UUID;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Import of a kravbank file (.xls or .xlsx, at most 10 MB): a dry run by default, whose report carries an
 * {@code uploadId} to confirm exactly that file with {@code POST /api/v1/imports/{uploadId}};
 * {@code dryRun=false} imports at once. Editors import their municipality's local requirements; the board
 * imports cross-municipal ones.
 */
@RestController
class ImportController {

    private final KravbankImport imports;
    private final StagedImports staged;

    ImportController(KravbankImport imports, StagedImports staged) {
        this.imports = imports;
        this.staged = staged;
    }

    @PostMapping(value = "/api/v1/imports", consumes = "multipart/form-data")
    KravbankImport.Report importFile(
            @RequestPart("file") MultipartFile file,
            @RequestParam(defaultValue = "true") boolean dryRun,
            @RequestParam(defaultValue = "LOCAL") String target)
            throws IOException {
        CurrentUser user = CurrentUser.require();
        boolean crossMunicipal = OwnerKind.CROSS_MUNICIPAL.name().equals(target);
        if (!crossMunicipal && !"LOCAL".equals(target)) {
            throw ApiProblemException.invalidField("target", "Vælg LOCAL eller CROSS_MUNICIPAL");
        }
        mayImport(user, crossMunicipal);
        if (file.isEmpty()) {
            throw ApiProblemException.invalidField("file", "Vælg en fil");
        }
        if (!ControlCharacters.isClean(filename(file))) {
            // The name is stored with a dry run; PostgreSQL refuses NUL, so it is refused here, as a 400.
            throw ApiProblemException.invalidField("file", "Filnavnet indeholder et styretegn; omdøb filen");
        }
        byte[] content = file.getBytes();
        KravbankImport.Report report = imports.run(content, crossMunicipal, dryRun, user, KravbankImport.Choices.NONE);
        return dryRun ? report.withUploadId(staged.stage(user, target, filename(file), content)) : report;
    }

    /**
     * Imports the file of an earlier dry run by the same user, with the user's choices (optional JSON body
     * {@code {"categories": {"<name in the file>": <category id>}, "parameterRows": [<row>]}}); with
     * {@code dryRun=true} only reports what those choices would do and keeps the file.
     */
    @PostMapping("/api/v1/imports/{uploadId}")
    KravbankImport.Report confirm(
            @PathVariable UUID uploadId,
            @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestBody(required = false) KravbankImport.Choices choices) {
        return staged.confirm(
                uploadId, CurrentUser.require(), choices == null ? KravbankImport.Choices.NONE : choices, dryRun);
    }

    static void mayImport(CurrentUser user, boolean crossMunicipal) {
        if (crossMunicipal ? !user.has(Role.BOARD) : !user.has(Role.EDITOR)) {
            throw ApiProblemException.forbidden(
                    crossMunicipal
                            ? "Kun kravredaktionen kan importere tværkommunale krav"
                            : "Kun redaktører kan importere krav");
        }
    }

    private static String filename(MultipartFile file) {
        String name = file.getOriginalFilename() == null ? "kravbank" : file.getOriginalFilename();
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }
}
