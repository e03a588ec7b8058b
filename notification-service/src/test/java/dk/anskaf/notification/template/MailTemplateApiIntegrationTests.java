package dk.anskaf.notification.template;

import static dk.anskaf.notification.NotificationApi.user;
import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.notification.IdentityStub;
import dk.anskaf.notification.ReceivedMail;
import dk.anskaf.notification.mail.MailQueue;
import dk.anskaf.notification.message.MailComposer;
import dk.anskaf.notification.message.MailRequest;
import dk.anskaf.platform.tenancy.TenantContext;
import dk.anskaf.platform.tenancy.TenantId;
import dk.anskaf.platform.test.api.ApiClient;
import dk.anskaf.platform.test.spring.AnskafIntegrationTest;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

@AnskafIntegrationTest
class MailTemplateApiIntegrationTests {

    /** An invitation's link is issued by identity when it is sent. */
    static final IdentityStub identity = IdentityStub.start();

    @DynamicPropertySource
    static void identity(DynamicPropertyRegistry registry) {
        identity.register(registry);
        identity.invite("a@leverandoer.example");
        identity.invite("b@leverandoer.example");
    }

    @AfterAll
    static void stopIdentity() {
        identity.close();
    }

    @Autowired
    ApiClient api;

    @Autowired
    MailComposer composer;

    @Autowired
    MailQueue queue;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void listsEveryTypeWithItsDanishDefaultAndPlaceholders() {
        HttpResponse<String> list = api.get("/api/v1/mail-templates", user("0101", "København", "administrator"));

        assertThat(list.statusCode()).isEqualTo(200);
        for (MessageType type : MessageType.values()) {
            assertThat(list.body()).contains("\"type\":\"" + type.key() + "\"");
        }
        assertThat(list.body())
                .contains("Invitation til at besvare krav i markedsdialogen \\\"{markedsdialog}\\\"")
                .contains("{\"name\":\"sluttid\",\"description\":\"Svarfristen (eller \\\"ikke sat\\\")\"");
    }

    @Test
    void aMunicipalitysEditedTemplateIsUsedForItsMailsOnly() throws Exception {
        String admin = user("0461", "Odense", "administrator");
        HttpResponse<String> saved = api.put("/api/v1/mail-templates/invitation", admin, """
                {"subject":"Odense inviterer: {markedsdialog}","body":"Hej {leverandør}\\n\\nSvar senest {sluttid}."}
                """);
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(saved.body()).contains("\"customised\":true").contains("\"updatedBy\":\"Anne Admin\"");

        String dialogue = "Dialog " + UUID.randomUUID();
        sendInvitation("0461", dialogue, "a@leverandoer.example");
        sendInvitation("0561", dialogue, "b@leverandoer.example");

        MimeMessage odense = only(ReceivedMail.await("Odense inviterer: " + dialogue, 1));
        assertThat(ReceivedMail.part(odense, "text/plain"))
                .isEqualTo("Hej Eksempel A/S\n\nSvar senest 15. januar 2027 kl. 12.00.\n");
        MimeMessage esbjerg =
                only(ReceivedMail.await("Invitation til at besvare krav i markedsdialogen \"" + dialogue, 1));
        assertThat(esbjerg.getAllRecipients()[0].toString()).isEqualTo("b@leverandoer.example");
        assertThat(ReceivedMail.part(esbjerg, "text/plain"))
                .contains("logger ind her: https://anskaf.example/leverandoer/login?token=");
        assertThat(api.get("/api/v1/mail-templates/invitation", user("0561", "Esbjerg", "administrator"))
                        .body())
                .contains("\"customised\":false");
    }

    @Test
    void anUnknownPlaceholderIsRefusedAndNothingIsSaved() {
        String admin = user("0101", "København", "administrator");

        HttpResponse<String> refused = api.put(
                "/api/v1/mail-templates/deadline-changed",
                admin,
                "{\"subject\":\"Ny frist {nysluttid}\",\"body\":\"Fra {forrigesluttid} til {nysluttid}, se {kravid} {ukendt}\"}");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(refused.body()).contains("\"field\":\"body\"").contains("Ukendt pladsholder: {kravid}, {ukendt}");
        assertThat(api.get("/api/v1/mail-templates/deadline-changed", admin).body())
                .contains("\"customised\":false");
    }

    @Test
    void onlyTheAdministratorEditsMunicipalTemplatesAndOnlyTheBoardEditsBoardTemplates() {
        String body = "{\"subject\":\"Emne {krav}\",\"body\":\"Tekst {krav}\"}";

        assertThat(api.put("/api/v1/mail-templates/invitation", user("0101", "København", "editor"), body)
                        .statusCode())
                .isEqualTo(403);
        assertThat(api.put(
                                "/api/v1/mail-templates/promotion-approved",
                                user("0101", "København", "administrator"),
                                body)
                        .statusCode())
                .isEqualTo(403);

        // The platform's own message (a requested sign-in link) is not a municipality's to change.
        assertThat(api.put(
                                "/api/v1/mail-templates/supplier-sign-in-link",
                                user("0101", "København", "administrator"),
                                "{\"subject\":\"Link\",\"body\":\"{link}\"}")
                        .statusCode())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/mail-templates/supplier-sign-in-link", user("0101", "København", "administrator"))
                        .body())
                .contains("\"editable\":false")
                .contains("\"audience\":\"PLATFORM\"");

        HttpResponse<String> byBoard =
                api.put("/api/v1/mail-templates/promotion-approved", user("0710", "Favrskov", "editor", "board"), body);
        try {
            assertThat(byBoard.statusCode()).isEqualTo(200);
            // One shared text for the board's messages: every municipality sees it.
            assertThat(api.get("/api/v1/mail-templates/promotion-approved", user("0101", "København", "editor"))
                            .body())
                    .contains("\"subject\":\"Emne {krav}\"")
                    .contains("\"editable\":false");
        } finally {
            HttpResponse<String> reset = api.delete(
                    "/api/v1/mail-templates/promotion-approved", user("0710", "Favrskov", "editor", "board"));
            assertThat(reset.body()).contains("\"customised\":false");
        }
    }

    @Test
    void previewFillsSampleDataAndEscapesMarkupTypedIntoTheTemplate() {
        HttpResponse<String> preview = api.post(
                "/api/v1/mail-templates/dialogue-cancelled/preview",
                user("0101", "København", "administrator"),
                "{\"subject\":\"Aflyst: {markedsdialog}\",\"body\":\"<script>x</script> {besked}\"}");

        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body()).contains("\"subject\":\"Aflyst: Nyt ESDH-system til Borgerservice\"");
        String html = preview.body().substring(preview.body().indexOf("\"html\""));
        assertThat(html)
                .contains("<p>&lt;script&gt;x&lt;/script&gt; Vi ser frem til jeres svar.</p>")
                .doesNotContain("<script>");
    }

    @Test
    void resetBringsBackTheDefaultAndAnUnknownTypeIs404() {
        String admin = user("0147", "Frederiksberg", "administrator");
        api.put("/api/v1/mail-templates/supplier-declined", admin, "{\"subject\":\"Nej {leverandør}\",\"body\":\"x\"}");

        HttpResponse<String> reset = api.delete("/api/v1/mail-templates/supplier-declined", admin);

        assertThat(reset.body()).contains("\"subject\":\"{leverandør} deltager ikke i \\\"{markedsdialog}\\\"\"");
        assertThat(api.get("/api/v1/mail-templates/findes-ikke", admin).statusCode())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/mail-templates", null).statusCode()).isEqualTo(401);
    }

    private void sendInvitation(String kommunekode, String dialogue, String recipient) {
        TenantContext.runAs(
                TenantId.of(kommunekode),
                () -> transactions.executeWithoutResult(tx -> queue.enqueue(
                        UUID.randomUUID(),
                        composer.compose(MailRequest.of(
                                MessageType.INVITATION,
                                recipient,
                                Map.of(
                                        Placeholder.MARKEDSDIALOG, dialogue,
                                        Placeholder.LEVERANDOER, "Eksempel A/S",
                                        Placeholder.SLUTTID, "15. januar 2027 kl. 12.00",
                                        Placeholder.BESKED, "Velkommen"))))));
    }

    private static MimeMessage only(java.util.List<MimeMessage> mails) {
        assertThat(mails).hasSize(1);
        return mails.getFirst();
    }
}
