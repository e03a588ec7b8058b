package dk.anskaf.portal.imports;

import dk.anskaf.catalog.client.CatalogClient;
import dk.anskaf.portal.krav.CatalogErrors;
import dk.anskaf.portal.web.PortalUser;
import feign.FeignException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Import af kravbank: upload a file, read the catalogue's dry-run report row by row, then confirm. The
 * catalogue keeps the checked file, so the confirmation imports exactly what the report described and
 * the portal keeps nothing between the two steps.
 */
@Controller
class ImportPages {

    /** The catalogue's limit, checked here too so the user gets the form back, not a bare refusal. */
    static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

    private final CatalogClient catalog;

    ImportPages(CatalogClient catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/import")
    String form(Model model) {
        return form(model, "LOCAL", Map.of());
    }

    @PostMapping("/import")
    String dryRun(
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(defaultValue = "LOCAL") String target,
            Model model) {
        if (file == null || file.isEmpty()) {
            return form(model, target, Map.of("file", "Vælg en kravbank-fil (.xls eller .xlsx)"));
        }
        if (file.getSize() > MAX_FILE_BYTES) {
            return form(model, target, Map.of("file", "Filen er større end 10 MB. Del den op, eller fjern billeder."));
        }
        try {
            model.addAttribute("report", catalog.dryRunImport(file, target, CatalogClient.IMPORT_TIMEOUTS));
            model.addAttribute("filename", file.getOriginalFilename());
            model.addAttribute("currentPath", "/import"); // the language switch must not repeat the post
            return "import/report";
        } catch (FeignException.BadRequest refused) {
            return form(model, target, CatalogErrors.of(refused, List.of("file", "target")));
        }
    }

    @PostMapping("/import/{uploadId}/bekraeft")
    String confirm(@PathVariable UUID uploadId, Model model) {
        model.addAttribute("report", catalog.confirmImport(uploadId, CatalogClient.IMPORT_TIMEOUTS));
        model.addAttribute("currentPath", "/import");
        return "import/report";
    }

    private static String form(Model model, String target, Map<String, String> errors) {
        model.addAttribute("target", target);
        model.addAttribute("errors", errors);
        model.addAttribute(
                "mayImportCrossMunicipal",
                PortalUser.current().map(user -> user.has("board")).orElse(false));
        return "import/form";
    }
}
