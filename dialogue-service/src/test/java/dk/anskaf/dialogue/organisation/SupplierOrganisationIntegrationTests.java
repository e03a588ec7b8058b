package dk.anskaf.dialogue.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.dialogue.SupplierSideTestData;
import dk.anskaf.platform.test.api.ApiClient;
import dk.anskaf.platform.test.fixture.IntegrationFixture;
import dk.anskaf.platform.test.security.TestRole;
import dk.anskaf.platform.test.spring.AnskafIntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The platform-wide register of supplier organisations, against the real database. */
@AnskafIntegrationTest
class SupplierOrganisationIntegrationTests {

    @Autowired
    ApiClient api;

    @Autowired
    IntegrationFixture fixture;

    @Test
    void anyMunicipalUserRegistersAnOrganisationByNameAndCvrAndFindsItByEither() {
        String cvr = SupplierSideTestData.newCvr();

        JsonNode created = api.as(TestRole.EMPLOYEE, "0710")
                .post(
                        "/api/v1/supplier-organisations",
                        "{\"name\":\" Formpipe Software A/S \",\"cvr\":\"" + cvr + "\"}")
                .assertStatus(201)
                .json();

        assertThat(created.path("name").asString()).isEqualTo("Formpipe Software A/S");
        assertThat(created.path("cvr").asString()).isEqualTo(cvr);
        String id = created.path("id").asString();
        assertThat(SupplierSideTestData.texts(
                        api.as(TestRole.PURCHASER, "0751")
                                .get("/api/v1/supplier-organisations?q=" + cvr.substring(0, 6))
                                .json(),
                        "id"))
                .contains(id);
        assertThat(SupplierSideTestData.texts(
                        api.as(TestRole.PURCHASER, "0751")
                                .get("/api/v1/supplier-organisations?q=formpipe")
                                .json(),
                        "id"))
                .contains(id);
    }

    @Test
    void whenTheCvrIsTakenThenTheProblemNamesTheExistingOrganisationAndNothingIsAdded() {
        String cvr = SupplierSideTestData.newCvr();
        String first = api.as(TestRole.PURCHASER, "0710")
                .post("/api/v1/supplier-organisations", "{\"name\":\"Systematic A/S\",\"cvr\":\"" + cvr + "\"}")
                .assertStatus(201)
                .json()
                .path("id")
                .asString();

        var problem = api.as(TestRole.PURCHASER, "0615")
                .post("/api/v1/supplier-organisations", "{\"name\":\"Systematic\",\"cvr\":\"" + cvr + "\"}")
                .assertProblem(409, "supplier-cvr-exists");

        assertThat(problem.json().path("organisationId").asString()).isEqualTo(first);
        assertThat(problem.detail()).contains(cvr, "Systematic A/S");
        assertThat(fixture.count("select count(*) from supplier_organisation where cvr = ?", cvr))
                .isEqualTo(1);
    }

    @Test
    void whenTheCvrFailsModulusElevenOrTheNameIsMissingThenTheFieldIsNamedAndNothingIsStored() {
        long before = fixture.count("select count(*) from supplier_organisation");

        api.as(TestRole.PURCHASER, "0710")
                .post("/api/v1/supplier-organisations", "{\"name\":\"KMD A/S\",\"cvr\":\"12345678\"}")
                .assertProblem(400, "validation")
                .assertFieldError("cvr");
        api.as(TestRole.PURCHASER, "0710")
                .post("/api/v1/supplier-organisations", "{\"name\":\"KMD A/S\",\"cvr\":\"1234567\"}")
                .assertProblem(400, "validation")
                .assertFieldError("cvr");
        api.as(TestRole.PURCHASER, "0710")
                .post(
                        "/api/v1/supplier-organisations",
                        "{\"name\":\" \",\"cvr\":\"" + SupplierSideTestData.newCvr() + "\"}")
                .assertProblem(400, "validation")
                .assertFieldError("name");

        assertThat(fixture.count("select count(*) from supplier_organisation")).isEqualTo(before);
    }

    @Test
    void organisationsThatShareAMailDomainStayTwoOrganisationsWithTheirOwnContacts() {
        UUID first = register("Leverandør Øst A/S");
        UUID second = register("Leverandør Vest A/S");
        api.as(TestRole.PURCHASER, "0710")
                .get("/api/v1/supplier-organisations/" + first + "/contacts")
                .assertStatus(200);

        fixture.asTenant("0710", () -> {
            fixture.jdbc()
                    .sql("insert into supplier_contact (id, organisation_id, email) values (?, ?, ?), (?, ?, ?)")
                    .params(
                            UUID.randomUUID(),
                            first,
                            "oest@leverandoer.example",
                            UUID.randomUUID(),
                            second,
                            "vest@leverandoer.example")
                    .update();
            return null;
        });

        assertThat(SupplierSideTestData.texts(
                        api.as(TestRole.PURCHASER, "0710")
                                .get("/api/v1/supplier-organisations/" + first + "/contacts")
                                .json(),
                        "email"))
                .containsExactly("oest@leverandoer.example");
        assertThat(SupplierSideTestData.texts(
                        api.as(TestRole.PURCHASER, "0710")
                                .get("/api/v1/supplier-organisations/" + second + "/contacts")
                                .json(),
                        "email"))
                .containsExactly("vest@leverandoer.example");
        api.as(TestRole.PURCHASER, "0710")
                .get("/api/v1/supplier-organisations/" + UUID.randomUUID() + "/contacts")
                .assertProblem(404, "not-found");
    }

    @Test
    void aSupplierTokenCannotSearchOrRegisterOrganisations() {
        UUID own = register("Egen Leverandør A/S");

        api.asSupplier(own, "salg@egen.example")
                .get("/api/v1/supplier-organisations?q=a")
                .assertStatus(403);
        api.asSupplier(own, "salg@egen.example")
                .post(
                        "/api/v1/supplier-organisations",
                        "{\"name\":\"Ny A/S\",\"cvr\":\"" + SupplierSideTestData.newCvr() + "\"}")
                .assertStatus(403);
        api.asSupplier(own, "salg@egen.example")
                .get("/api/v1/supplier-organisations/" + own + "/contacts")
                .assertStatus(403);
    }

    private UUID register(String name) {
        return SupplierSideTestData.registerOrganisation(api, "0710", name);
    }
}
