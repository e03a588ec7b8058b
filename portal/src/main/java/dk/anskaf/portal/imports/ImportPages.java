package dk.anskaf.portal.imports;

import dk.anskaf.catalog.client.CatalogClient;
import dk.anskaf.platform.client.ServiceProblemException;
import dk.anskaf.portal.web.PortalUser;
import dk.anskaf.portal.web.ServiceErrors;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 * Import af kravbank: upload a file, read the catalogue's dry-run report row by row, map category names the
 * catalogue lacks and accept proposed parameters (checking again as often as wanted), then confirm. The
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
            model.addAttribute("filename", file.getOriginalFilename());
            return report(
                    catalog.dryRunImport(file, target, CatalogClient.IMPORT_TIMEOUTS),
                    new CatalogClient.ImportChoices(Map.of(), List.of()),
                    model);
        } catch (ServiceProblemException refused) {
            // 400: not a kravbank file; 413: past a spreadsheet limit (rows, cell length, size). Both name
            // the reason in Danish, shown at the file field.
            if (refused.status() != 400 && refused.status() != 413) {
                throw refused;
            }
            return form(model, target, refused.messagesByField(List.of("file", "target"), ServiceErrors.REFUSED));
        }
    }

    /** The same dry run again with the user's choices (category per unknown name, accepted parameters). */
    @PostMapping("/import/{uploadId}/tjek")
    String recheck(@PathVariable UUID uploadId, HttpServletRequest request, Model model) {
        CatalogClient.ImportChoices choices = choices(request);
        model.addAttribute("filename", "");
        return report(catalog.confirmImport(uploadId, true, choices, CatalogClient.IMPORT_TIMEOUTS), choices, model);
    }

    @PostMapping("/import/{uploadId}/bekraeft")
    String confirm(@PathVariable UUID uploadId, HttpServletRequest request, Model model) {
        CatalogClient.ImportChoices choices = choices(request);
        return report(catalog.confirmImport(uploadId, false, choices, CatalogClient.IMPORT_TIMEOUTS), choices, model);
    }

    private String report(CatalogClient.ImportReport report, CatalogClient.ImportChoices choices, Model model) {
        model.addAttribute("report", report);
        model.addAttribute("choices", choices);
        if (report.unknownCategories() != null && !report.unknownCategories().isEmpty()) {
            model.addAttribute("categories", catalog.classifications().categories());
        }
        model.addAttribute("currentPath", "/import"); // the language switch must not repeat the post
        return "import/report";
    }

    /**
     * The form sends each unknown category name with the chosen id at the same position ("" leaves its rows
     * out), and the rows whose proposed parameters are accepted.
     */
    static CatalogClient.ImportChoices choices(HttpServletRequest request) {
        String[] names = valuesOf(request, "categoryName");
        String[] ids = valuesOf(request, "categoryId");
        Map<String, Integer> categories = new LinkedHashMap<>();
        for (int i = 0; i < Math.min(names.length, ids.length); i++) {
            if (ids[i].matches("\\d{1,9}")) {
                categories.put(names[i], Integer.valueOf(ids[i]));
            }
        }
        List<Integer> rows = new ArrayList<>();
        for (String row : valuesOf(request, "parameterRows")) {
            if (row.matches("\\d{1,9}")) {
                rows.add(Integer.valueOf(row));
            }
        }
        return new CatalogClient.ImportChoices(categories, rows);
    }

    private static String[] valuesOf(HttpServletRequest request, String name) {
        String[] values = request.getParameterValues(name);
        return values == null ? new String[0] : values;
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
