package dk.anskaf.dialogue.offline;

import static dk.anskaf.dialogue.offline.TestSheets.ours;
import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.dialogue.SupplierSideTestData;
import dk.anskaf.platform.test.api.ApiClient;
import dk.anskaf.platform.test.api.ApiResponse;
import dk.anskaf.platform.test.fixture.IntegrationFixture;
import dk.anskaf.platform.test.security.TestRole;
import dk.anskaf.platform.test.spring.AnskafIntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A supplier answers offline through the API against the real database: the sheet read in our layout
 * (header on row 1 and on row 8) and the incumbent's, the dry run per row, confirming exactly that plan
 * through the online rules, and every refusal changing nothing.
 */
@AnskafIntegrationTest
class OfflineAnsweringIntegrationTests {

    static final String SILKEBORG = "0740";

    @Autowired
    ApiClient api;

    @Autowired
    IntegrationFixture fixture;

    @Autowired
    TransactionTemplate transactions;

    SupplierSideTestData data;
    long dialogue;
    long restore;
    long operated;
    long onPremise;
    long freeText;
    UUID organisation;
    String email;

    @BeforeEach
    void anActiveDialogueAskingForPricesWithAnInvitedSupplier() {
        data = new SupplierSideTestData(fixture, transactions);
        dialogue = data.activeDialogue(SILKEBORG, true, true, Duration.ofDays(10));
        restore =
                data.requirement(SILKEBORG, dialogue, 12, "Gendannelse inden for {{restore_tid}}.", false, true, true);
        operated = data.requirement(SILKEBORG, dialogue, 1002, "Leverandøren drifter løsningen.", true, true, false);
        onPremise = data.requirement(SILKEBORG, dialogue, 1003, "Kører på kommunens servere.", false, false, true);
        freeText = freeText(dialogue, "RDS");
        email = "tilbud-" + UUID.randomUUID() + "@formpipe.example";
        organisation = invite(dialogue, email);
    }

    @Test
    void aSheetWithTheHeaderOnRow1IsDryRunThenConfirmedAndTheAnswersAreStoredExactly() {
        answerOnline(onPremise, "{\"choice\":\"NEJ\"}");
        byte[] sheet = TestSheets.xlsx(
                TestSheets.OURS,
                List.of(
                        ours("12", "Gendannelse", "Ja, som et tilkøb", "Med vores backup-modul.", "12.000 kr. om året"),
                        ours("1002", "Drift", "  ja ", "Vi drifter i eget datacenter i Danmark.", null),
                        ours("1003", "Servere", "Nej", null, null),
                        ours("F1", "RDS", "Ikke relevant", null, null)));

        JsonNode dryRun = upload(sheet, true, null).assertStatus(200).json();

        assertThat(dryRun.path("headerRow").asInt()).isEqualTo(1);
        assertThat(dryRun.path("created").asInt()).isEqualTo(3);
        assertThat(dryRun.path("unchanged").asInt()).isEqualTo(1);
        assertThat(dryRun.path("rejected").asInt()).isZero();
        assertThat(outcomes(dryRun)).containsExactly("2:NEW", "3:NEW", "4:UNCHANGED", "5:NEW");
        assertThat(answers()).hasSize(1);

        JsonNode confirmed = upload(sheet, false, dryRun.path("planToken").asString())
                .assertStatus(200)
                .json();

        assertThat(confirmed.path("applied").asInt()).isEqualTo(3);
        assertThat(confirmed.path("planToken").isNull()).isTrue();
        assertThat(answers())
                .containsEntry(restore, "JA_TILKOEB|Med vores backup-modul.|12.000 kr. om året|" + email)
                .containsEntry(operated, "JA|Vi drifter i eget datacenter i Danmark.|null|" + email)
                .containsEntry(onPremise, "NEJ|null|null|" + email)
                .containsEntry(freeText, "IKKE_RELEVANT|null|null|" + email);
        assertThat(supplierStatus()).isEqualTo("ANSWERING");
    }

    @Test
    void aSheetWithTheHeaderOnRow8BelowTheItSystemIsReadWithNumericIdsAndVariedHeadersAndReportsChanges() {
        answerOnline(restore, "{\"choice\":\"NEJ\"}");
        answerOnline(onPremise, "{\"choice\":\"JA_DELVIST\",\"elaboration\":\"Kun databasen.\"}");
        List<String> headers = new ArrayList<>(TestSheets.OURS);
        headers.set(0, "  KRAV ID ");
        headers.set(7, "leverandørens\nsvar");
        byte[] sheet = TestSheets.xlsxWithItSystem(
                headers,
                List.of(
                        ours(12.0, "Gendannelse", "JA, SOM ET TILKØB", null, "500 kr."),
                        ours(1003.0, "Servere", "Ja, delvist", "Kun databasen og filerne.", null),
                        ours(1002.0, "Drift", null, null, null)));

        JsonNode dryRun = upload(sheet, true, null).assertStatus(200).json();

        assertThat(dryRun.path("headerRow").asInt()).isEqualTo(8);
        assertThat(outcomes(dryRun)).containsExactly("9:CHANGED", "10:CHANGED", "11:SKIPPED");
        JsonNode first = dryRun.path("rows").get(0);
        assertThat(first.path("kravId").asString()).isEqualTo("12");
        assertThat(first.path("oldChoice").asString()).isEqualTo("NEJ");
        assertThat(first.path("newChoice").asString()).isEqualTo("JA_TILKOEB");
        assertThat(first.path("priceChanged").asBoolean()).isTrue();
        JsonNode second = dryRun.path("rows").get(1);
        assertThat(second.path("oldChoice").asString()).isEqualTo("JA_DELVIST");
        assertThat(second.path("elaborationChanged").asBoolean()).isTrue();
        assertThat(second.path("priceChanged").asBoolean()).isFalse();

        upload(sheet, false, dryRun.path("planToken").asString()).assertStatus(200);

        assertThat(answers())
                .containsEntry(restore, "JA_TILKOEB|null|500 kr.|" + email)
                .containsEntry(onPremise, "JA_DELVIST|Kun databasen og filerne.|null|" + email)
                .doesNotContainKey(operated);
    }

    @Test
    void aSheetThatBreaksARuleChangesNothingAndTheReportNamesEachRowColumnAndReason() {
        answerOnline(onPremise, "{\"choice\":\"NEJ\"}");
        data.requirement(SILKEBORG, dialogue, 1004, "Logning af opslag.", false, true, true);
        Map<Long, String> before = answers();
        byte[] sheet = TestSheets.xlsx(
                TestSheets.OURS,
                List.of(
                        ours("12", "Gendannelse", "Ja", "Fint.", null),
                        ours("1003", "Servere", "Ja, delvist", null, null),
                        ours("9999", "Ukendt", "Ja", null, null),
                        ours("1002", "Drift", "Måske", null, null),
                        ours("12", "Gendannelse igen", "Nej", null, null),
                        // Excel stores a control character as an escape; POI would drop a raw one when writing.
                        ours("F1", "RDS", "Nej", "Linje_x0007_skift", null),
                        ours("1004", "Logning", "Ja", "x".repeat(10_001), null)));

        JsonNode dryRun = upload(sheet, true, null).assertStatus(200).json();

        assertThat(dryRun.path("rejected").asInt()).as(dryRun.toString()).isEqualTo(6);
        assertThat(dryRun.path("planToken").isNull()).isTrue();
        assertThat(reason(dryRun, 3))
                .isEqualTo("Leverandørens uddybelse: Ja, delvist kræver en uddybning på mindst 3 tegn");
        assertThat(reason(dryRun, 4)).isEqualTo("Krav id: Krav id 9999 er ikke et krav i denne markedsdialog");
        assertThat(reason(dryRun, 5)).startsWith("Leverandørens svar: Ukendt svar \"Måske\"");
        assertThat(reason(dryRun, 6)).isEqualTo("Krav id: Krav id 12 står også i række 2");
        assertThat(reason(dryRun, 7)).contains("I7").contains("U+0007");
        assertThat(reason(dryRun, 8)).startsWith("Leverandørens uddybelse: Uddybningen må højst være 10000 tegn");

        var refused = upload(sheet, false, "ikke-en-plan").assertProblem(400, "validation");

        refused.assertFieldError("file");
        assertThat(refused.json().toString()).contains("række 3, 4, 5, 6, 7, 8");
        assertThat(answers()).isEqualTo(before);
    }

    @Test
    void aPriceWhereTheDialogueAsksForNoneIsARowErrorAndTheEnglishReportSaysSo() {
        long withoutPrices = data.activeDialogue(SILKEBORG, false, true, Duration.ofDays(3));
        data.requirement(SILKEBORG, withoutPrices, 12, "Gendannelse.", false, true, true);
        String contact = "salg-" + UUID.randomUUID() + "@formpipe.example";
        UUID other = invite(withoutPrices, contact);
        byte[] sheet = TestSheets.xlsx(TestSheets.OURS, List.of(ours("12", "Gendannelse", "Ja", null, "100 kr.")));

        JsonNode dryRun = json(api.send(api.request(
                        "/api/v1/supplier/dialogues/" + withoutPrices + "/answer-sheet",
                        dk.anskaf.platform.test.security.TestUsers.supplier(
                                other, "Leverandør " + other, "supplier-" + contact, contact))
                .header("Accept-Language", "en")
                .header("Content-Type", "multipart/form-data; boundary=b")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(multipart(sheet)))
                .build()));

        assertThat(dryRun.path("rows").get(0).path("column").asString()).isEqualTo("Pris");
        assertThat(dryRun.path("rows").get(0).path("reason").asString()).contains("does not ask for prices");
    }

    @Test
    void theIncumbentsOwnXlsIsAcceptedWithItsFreeTextIdZeroAndWithoutAPriceColumn() {
        long second = freeText(dialogue, "Single sign-on");
        List<String> incumbent = List.of(
                "Krav id",
                "Krav",
                "Kategori",
                "Beskrivelse",
                "Rationale",
                "Fortolkning",
                "Leverandørens svar",
                "Leverandørens uddybelse",
                "Status",
                "Spørgsmål/kommentar");
        byte[] sheet = TestSheets.xlsWithItSystem(
                incumbent,
                List.of(
                        Arrays.asList("0", "RDS", "Drift", "Fritekst", null, null, "Ja", null, "Ingen", null),
                        Arrays.asList(
                                "0", "Single sign-on", "Drift", "Fritekst", null, null, "Nej", null, "Ingen", null),
                        Arrays.asList(
                                "12",
                                "Gendannelse",
                                "Drift",
                                "…",
                                null,
                                null,
                                "Ikke relevant",
                                null,
                                "Accepteret",
                                null),
                        // Reused from another dialogue: a requirement this one lacks, left unanswered.
                        Arrays.asList("4711", "Andet krav", "Drift", "…", null, null, null, null, "Ingen", null)));

        JsonNode dryRun = upload(sheet, true, null).assertStatus(200).json();

        assertThat(dryRun.path("headerRow").asInt()).isEqualTo(8);
        assertThat(outcomes(dryRun)).containsExactly("9:NEW", "10:NEW", "11:NEW", "12:SKIPPED");
        upload(sheet, false, dryRun.path("planToken").asString()).assertStatus(200);
        assertThat(answers())
                .containsEntry(freeText, "JA|null|null|" + email)
                .containsEntry(second, "NEJ|null|null|" + email)
                .containsEntry(restore, "IKKE_RELEVANT|null|null|" + email);
    }

    @Test
    void aStaleTokenIsRefusedWith409AndNothingOfTheSheetIsApplied() {
        byte[] sheet = TestSheets.xlsx(
                TestSheets.OURS,
                List.of(ours("12", "Gendannelse", "Nej", null, null), ours("1003", "Servere", "Nej", null, null)));
        String token = upload(sheet, true, null).json().path("planToken").asString();
        byte[] edited = TestSheets.xlsx(
                TestSheets.OURS,
                List.of(ours("12", "Gendannelse", "Ja", null, null), ours("1003", "Servere", "Nej", null, null)));

        upload(edited, false, token).assertProblem(409, "answer-sheet-changed");
        answerOnline(onPremise, "{\"choice\":\"JA\"}");
        upload(sheet, false, token).assertProblem(409, "answer-sheet-changed");

        assertThat(answers()).containsOnlyKeys(onPremise);
        String fresh = upload(sheet, true, null).json().path("planToken").asString();
        upload(sheet, false, fresh).assertStatus(200);
        upload(sheet, false, fresh).assertProblem(409, "answer-sheet-changed");
        assertThat(answers()).containsEntry(onPremise, "NEJ|null|null|" + email);
    }

    @Test
    void anotherOrganisationsDialogueIsNotFoundAndAClosedSetRefusesTheUpload() {
        long foreign = data.activeDialogue(SILKEBORG, true, true, Duration.ofDays(3));
        data.requirement(SILKEBORG, foreign, 12, "Gendannelse.", false, true, true);
        invite(foreign, "andet-" + UUID.randomUUID() + "@kmd.example", "KMD A/S");
        byte[] sheet = TestSheets.xlsx(TestSheets.OURS, List.of(ours("12", "Gendannelse", "Nej", null, null)));

        supplier()
                .upload("/api/v1/supplier/dialogues/" + foreign + "/answer-sheet", "svar.xlsx", sheet)
                .assertProblem(404, "not-found");
        assertThat(api.as(TestRole.PURCHASER, SILKEBORG)
                        .upload("/api/v1/supplier/dialogues/" + dialogue + "/answer-sheet", "svar.xlsx", sheet)
                        .status())
                .isEqualTo(403);

        data.deadlineIn(dialogue, Duration.ofSeconds(-60));
        upload(sheet, true, null).assertProblem(409, "answers-deadline-passed");
        assertThat(answers()).isEmpty();
    }

    // --- helpers ---

    private ApiResponse upload(byte[] sheet, boolean dryRun, String token) {
        String query = dryRun ? "?dryRun=true" : "?dryRun=false&token=" + token;
        return supplier()
                .upload("/api/v1/supplier/dialogues/" + dialogue + "/answer-sheet" + query, "svar.xlsx", sheet);
    }

    private ApiClient.Caller supplier() {
        return api.asSupplier(organisation, email);
    }

    private void answerOnline(long requirementId, String json) {
        supplier()
                .put("/api/v1/supplier/dialogues/" + dialogue + "/answers/" + requirementId, json)
                .assertStatus(200);
    }

    private String supplierStatus() {
        return supplier()
                .get("/api/v1/supplier/dialogues/" + dialogue)
                .json()
                .path("status")
                .asString();
    }

    /** The stored answers by requirement: choice|elaboration|price|answered by. */
    private Map<Long, String> answers() {
        return data.asSupplier(
                organisation,
                () -> data
                        .jdbc()
                        .sql("""
                        select a.requirement_id, concat_ws('|', a.choice, coalesce(a.elaboration, 'null'),
                               coalesce(a.price, 'null'), a.answered_by) as answer
                        from answer a join answer_set s on s.id = a.answer_set_id
                        where s.dialogue_id = ?
                        """)
                        .param(dialogue)
                        .query((row, n) -> Map.entry(row.getLong(1), row.getString(2)))
                        .list()
                        .stream()
                        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    private long freeText(long dialogueId, String name) {
        return fixture.asTenant(
                SILKEBORG,
                () -> data.jdbc()
                        .sql("""
                        insert into dialogue_requirement (dialogue_id, free_text_number, position, name, description,
                                                          category, priority)
                        values (?, (select count(*) + 1 from dialogue_requirement
                                    where dialogue_id = ? and free_text_number is not null),
                                (select count(*) from dialogue_requirement where dialogue_id = ?), ?, 'Fritekst', 'Drift',
                                'NORMAL')
                        returning id
                        """)
                        .params(dialogueId, dialogueId, dialogueId, name)
                        .query(Long.class)
                        .single());
    }

    private UUID invite(long dialogueId, String address) {
        return invite(dialogueId, address, "Formpipe Software A/S");
    }

    private UUID invite(long dialogueId, String address, String name) {
        JsonNode status = api.as(TestRole.PURCHASER, SILKEBORG)
                .post(
                        "/api/v1/dialogues/" + dialogueId + "/invitations",
                        "{\"newOrganisation\":{\"name\":\"" + name + "\",\"cvr\":\"" + SupplierSideTestData.newCvr()
                                + "\"},\"email\":\"" + address
                                + "\",\"subject\":\"Invitation\",\"message\":\"Vi ser frem til jeres svar.\"}")
                .assertStatus(201)
                .json();
        return UUID.fromString(status.path("organisationId").asString());
    }

    /** "row:OUTCOME" for each row of a report. */
    static List<String> outcomes(JsonNode report) {
        List<String> outcomes = new ArrayList<>();
        report.path("rows")
                .forEach(row -> outcomes.add(
                        row.path("row").asInt() + ":" + row.path("outcome").asString()));
        return outcomes;
    }

    /** "column: reason" of the report's row {@code number} (as Excel numbers it). */
    static String reason(JsonNode report, int number) {
        for (JsonNode row : report.path("rows")) {
            if (row.path("row").asInt() == number) {
                assertThat(row.path("outcome").asString()).isEqualTo("ERROR");
                return row.path("column").asString() + ": " + row.path("reason").asString();
            }
        }
        throw new AssertionError("No row " + number + " in " + report);
    }

    private static byte[] multipart(byte[] content) {
        byte[] head = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"svar.xlsx\"\r\n\r\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] tail = "\r\n--b--\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] body = Arrays.copyOf(head, head.length + content.length + tail.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return body;
    }

    private static JsonNode json(java.net.http.HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return tools.jackson.databind.json.JsonMapper.builder().build().readTree(response.body());
    }
}
