package dk.anskaf.portal.supplier;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The supplier's dialogue page links its files (exports, #15) at dialogue-service's supplier paths, which
 * name no organisation: the service takes it from the contact's token.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SupplierFilesLinksTests {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        DialogueServiceStub.register(registry);
    }

    @LocalServerPort
    int port;

    @Test
    void theDialoguePageLinksTheRequirementsTheOwnAnswerSheetAndTheOwnPdf() throws Exception {
        HttpResponse<String> page =
                new Browser(port, SupplierPagesTests.supplierToken()).get("/leverandoer/markedsdialoger/676");
        HttpResponse<String> english =
                new Browser(port, SupplierPagesTests.supplierToken()).get("/leverandoer/markedsdialoger/676?sprog=en");

        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.body())
                .contains("Hent filer")
                .contains("href=\"/api/v1/supplier/dialogues/676/requirements.xlsx\"")
                .contains("href=\"/api/v1/supplier/dialogues/676/answers.xlsx\"")
                .contains("href=\"/api/v1/supplier/dialogues/676/answers.pdf\"")
                .contains("Jeres svarark (Excel) – også til at besvare offline");
        assertThat(english.body()).contains("Download files", "Your answer sheet (Excel)");
    }
}
