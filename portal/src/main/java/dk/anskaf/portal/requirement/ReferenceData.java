package dk.anskaf.portal.requirement;

import dk.anskaf.catalog.client.CatalogClient;
import dk.anskaf.platform.client.ServiceProblemException;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;

/**
 * Categories, domains, filters and principles for the requirement form and the history. Asked of the catalogue every
 * time; while the catalogue cannot answer, the last answer it gave (or none), so a refused save can
 * still show the form with everything the user typed.
 */
@Component
class ReferenceData {

    private static final CatalogClient.Classifications NONE =
            new CatalogClient.Classifications(List.of(), List.of(), List.of(), List.of());

    private final CatalogClient catalog;
    private final AtomicReference<CatalogClient.Classifications> lastKnown = new AtomicReference<>(NONE);

    ReferenceData(CatalogClient catalog) {
        this.catalog = catalog;
    }

    CatalogClient.Classifications classifications() {
        try {
            CatalogClient.Classifications current = catalog.classifications();
            lastKnown.set(current);
            return current;
        } catch (ServiceProblemException failed) {
            if (!failed.unavailable()) {
                throw failed;
            }
            return lastKnown.get();
        }
    }
}
