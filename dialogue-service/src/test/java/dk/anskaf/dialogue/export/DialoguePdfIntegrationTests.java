package dk.anskaf.dialogue.export;

import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.dialogue.SupplierSideTestData;
import dk.anskaf.platform.test.api.ApiClient;
import dk.anskaf.platform.test.fixture.IntegrationFixture;
import dk.anskaf.platform.test.security.TestRole;
import dk.anskaf.platform.test.security.TestUsers;
import dk.anskaf.platform.test.spring.AnskafIntegrationTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The answers as PDF, opened with PDFBox: Danish letters survive, the document is tagged with a structure
 * tree, language "da" and a title, and hostile HTML in any text is printed as the text it is.
 */
@AnskafIntegrationTest
class DialoguePdfIntegrationTests {

    static final String FAVRSKOV = "0710";
    static final String HOSTILE = "<script>alert('x')</script><b>fed</b>";

    @Autowired
    ApiClient api;

    @Autowired
    IntegrationFixture fixture;

    @Autowired
    TransactionTemplate transactions;

    ExportFixture export;
    String purchaser = TestUsers.token(FAVRSKOV, "Kommune " + FAVRSKOV, TestRole.PURCHASER);
    long dialogue;
    UUID organisation;
    UUID answerSet;

    @BeforeEach
    void aSupplierAnsweredInDanishAndWithHostileHtml() {
        SupplierSideTestData data = new SupplierSideTestData(fixture, transactions);
        export = new ExportFixture(api, fixture, data);
        dialogue = data.activeDialogue(FAVRSKOV, false, true, Duration.ofDays(5));
        export.sql(FAVRSKOV, "update dialogue set title = ? where id = ?", "Ærlig dialog " + HOSTILE, dialogue);
        long requirement = data.requirement(FAVRSKOV, dialogue, 3001, "Krav med " + HOSTILE, false, true, true);
        organisation = export.invite(FAVRSKOV, dialogue, "Øresund & Co </p> A/S", "svar@oeresund.example");
        answerSet = export.answerSet(dialogue, organisation);
        export.answer(
                organisation,
                "svar@oeresund.example",
                dialogue,
                requirement,
                "{\"choice\":\"JA\",\"elaboration\":\"Æblegrød på øen – ÅÆØ " + HOSTILE.replace("'", "\\u0027")
                        + "\"}");
        export.sql(FAVRSKOV, "update answer_set set status = 'FINISHED' where id = ?", answerSet);
        export.review(FAVRSKOV, answerSet, organisation, requirement, "ACCEPTED_WITH_COMMENT", "Fint – tak");
    }

    @Test
    void theAllAnswersPdfIsTaggedDanishAndShowsHostileHtmlAsText() {
        PdfText pdf = PdfText.of(api.getBytes("/api/v1/dialogues/" + dialogue + "/answers.pdf", purchaser));

        assertThat(pdf.structureTree()).isTrue();
        assertThat(pdf.marked()).isTrue();
        assertThat(pdf.language()).isEqualTo("da");
        assertThat(pdf.title()).startsWith("Besvarelser – Ærlig dialog");
        assertThat(pdf.text())
                .contains("Æblegrød på øen – ÅÆØ")
                .contains("Om markedsdialogen", "Kontakt email", "Svarfrist", "Domæn(er)")
                .contains("Besvarelse fra Øresund & Co </p> A/S")
                .contains("Krav med " + HOSTILE)
                .contains("Accepteret med kommentar", "Fint – tak");
    }

    @Test
    void oneSuppliersPdfAndTheSuppliersOwnCopyAreTaggedToo() {
        PdfText one = PdfText.of(
                api.getBytes("/api/v1/dialogues/" + dialogue + "/suppliers/" + answerSet + "/answers.pdf", purchaser));
        assertThat(one.structureTree()).isTrue();
        assertThat(one.text()).contains("Æblegrød på øen – ÅÆØ", "Accepteret med kommentar");

        PdfText own = PdfText.of(api.getBytes(
                "/api/v1/supplier/dialogues/" + dialogue + "/answers.pdf",
                TestUsers.supplier(organisation, "Øresund", "supplier-svar", "svar@oeresund.example")));
        assertThat(own.structureTree()).isTrue();
        assertThat(own.language()).isEqualTo("da");
        // The purchaser's working notes are not the supplier's to read outside an elaboration round.
        assertThat(own.text()).contains("Æblegrød på øen – ÅÆØ").doesNotContain("Fint – tak");
    }
}
