package dk.anskaf.catalog.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.catalog.CatalogApi;
import dk.anskaf.platform.test.api.ApiClient;
import dk.anskaf.platform.test.spring.AnskafIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

@AnskafIntegrationTest
@TestPropertySource(properties = "anskaf.catalog.demo-data=true")
class DemoRequirementsIntegrationTests {

    @Autowired
    ApiClient api;

    @Autowired
    DemoRequirements demo;

    @Test
    void theLocalRunHasLocalRequirementsInEachDemoMunicipalityOnceOnly() throws Exception {
        demo.run(null);

        String favrskov = api.get(
                        "/api/v1/requirements?list=LOCAL&size=500", CatalogApi.editor("0710", "Favrskov Kommune"))
                .body();
        String horsens = api.get(
                        "/api/v1/requirements?list=LOCAL&size=500", CatalogApi.editor("0615", "Horsens Kommune"))
                .body();

        assertThat(favrskov).contains("\"total\":8").contains("(Favrskov)").doesNotContain("(Horsens)");
        assertThat(horsens).contains("(Horsens)");
    }
}
