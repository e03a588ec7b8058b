package dk.anskaf.catalog.client;

import java.util.List;
import java.util.Map;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * How other services (the dialogue service first) ask the catalogue questions. Calls carry the caller's
 * token (the platform relays it), so the catalogue answers for the caller's municipality under its own
 * row-level security. Address and timeouts: {@code anskaf.catalog.url} and
 * {@code spring.cloud.openfeign.client.config.catalog.*} (defaults in {@link CatalogClientConfiguration}).
 */
@FeignClient(name = "catalog", url = "${anskaf.catalog.url}", configuration = CatalogClientConfiguration.class)
public interface CatalogClient {

    /** "Guidet forløb": which requirements the answers select, out of how many possible, and why. */
    @PostMapping("/api/v1/guided-selection")
    GuidedSelectionResult guidedSelection(@RequestBody GuidedSelectionRequest request);

    /** @param answers filter id → JA, NEJ or VED_IKKE ("Ved ikke" counts as yes) */
    record GuidedSelectionRequest(List<Integer> domainIds, Map<Integer, String> answers) {}

    record GuidedSelectionResult(int selectedCount, int possibleCount, List<Selected> selected) {}

    /** @param reasons why it was chosen: {@code filter:<id>}, {@code all-filters} or {@code favourite} */
    record Selected(
            long id,
            String name,
            String description,
            String rationale,
            String priority,
            boolean elaborationRequired,
            List<String> reasons) {}
}
