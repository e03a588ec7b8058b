package dk.anskaf.catalog.classification;

import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ClassificationController {

    private final Classifications classifications;

    ClassificationController(Classifications classifications) {
        this.classifications = classifications;
    }

    /** Categories with sub-categories, domains, filters with their questions, principles. */
    @GetMapping("/api/v1/classifications")
    @Transactional(readOnly = true)
    Classifications.All all() {
        return classifications.all();
    }
}
