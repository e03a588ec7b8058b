package dk.anskaf.dialogue.export;

import dk.anskaf.dialogue.SupplierSideTestData;
import dk.anskaf.platform.test.api.ApiClient;
import dk.anskaf.platform.test.fixture.IntegrationFixture;
import dk.anskaf.platform.test.security.TestRole;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A dialogue with suppliers that answered, written the way the service's other parts leave it: invitations
 * and answers through the API, the states other slices move (finished, Uddybning krævet, the purchaser's
 * review, the chosen IT system) with SQL under the municipality's row-level security.
 */
final class ExportFixture {

    private final ApiClient api;
    private final IntegrationFixture fixture;
    private final SupplierSideTestData data;

    ExportFixture(ApiClient api, IntegrationFixture fixture, SupplierSideTestData data) {
        this.api = api;
        this.fixture = fixture;
        this.data = data;
    }

    /** Invites a new organisation called {@code name}; returns its id. */
    UUID invite(String tenant, long dialogue, String name, String email) {
        String body = "{\"newOrganisation\":{\"name\":\"" + name + "\",\"cvr\":\"" + SupplierSideTestData.newCvr()
                + "\"},\"email\":\"" + email
                + "\",\"subject\":\"Invitation\",\"message\":\"Vi ser frem til jeres svar.\"}";
        return UUID.fromString(api.as(TestRole.PURCHASER, tenant)
                .post("/api/v1/dialogues/" + dialogue + "/invitations", body)
                .assertStatus(201)
                .json()
                .path("organisationId")
                .asString());
    }

    UUID answerSet(long dialogue, UUID organisation) {
        return fixture.acrossTenants(() -> data.jdbc()
                .sql("select id from answer_set where dialogue_id = ? and organisation_id = ?")
                .params(dialogue, organisation)
                .query(UUID.class)
                .single());
    }

    void answer(UUID organisation, String email, long dialogue, long requirement, String json) {
        api.asSupplier(organisation, email)
                .put("/api/v1/supplier/dialogues/" + dialogue + "/answers/" + requirement, json)
                .assertStatus(200);
    }

    void sql(String tenant, String sql, Object... params) {
        fixture.asTenant(tenant, () -> data.jdbc().sql(sql).params(params).update());
    }

    /** The purchaser's review of one answer, as the review part writes it. */
    void review(String tenant, UUID answerSet, UUID organisation, long requirement, String status, String comment) {
        sql(tenant, """
                insert into answer_review (answer_set_id, requirement_id, organisation_id, status, comment,
                                           reviewed_by, reviewed_by_name)
                values (?, ?, ?, ?, ?, 'ida', 'Ida Indkøber')
                """, answerSet, requirement, organisation, status, comment);
    }

    static XSSFWorkbook workbook(HttpResponse<byte[]> file) throws IOException {
        if (file.statusCode() != 200) {
            throw new AssertionError("Expected 200, got " + file.statusCode() + ": " + new String(file.body()));
        }
        return new XSSFWorkbook(new ByteArrayInputStream(file.body()));
    }
}
