package dk.anskaf.notification.dialogue;

import static dk.anskaf.notification.ReceivedMail.part;
import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.notification.ReceivedMail;
import dk.anskaf.platform.test.infra.Infrastructure;
import dk.anskaf.platform.test.kafka.TopicProbe;
import dk.anskaf.platform.test.spring.AnskafIntegrationTest;
import jakarta.mail.Address;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * The dialogue mails without a sign-in link (DOMAIN.md §7.1): postponement and cancellation to every
 * supplier address, in the municipality's name with the purchaser's contact e-mail as Reply-To; finished,
 * declined, deadline reached and all answered to the contact e-mail. Real Kafka, PostgreSQL and SMTP.
 */
@AnskafIntegrationTest
@TestPropertySource(properties = "anskaf.notification.public-url=https://anskaf.example")
class DialogueMailIntegrationTests {

    static final String CONTACT = "indkoeb@favrskov.example";

    @Test
    void aPostponementReachesEverySupplierAddressOnceWithBothDeadlinesInDanishTime() throws Exception {
        String title = "Udskudt " + UUID.randomUUID();

        send(event("dialogue-deadline-changed", """
                "title":"%s","contactEmail":"%s","previousDeadline":"2026-12-15T11:00:00Z",
                "newDeadline":"2027-06-05T10:30:00Z","reason":"Julen","reopened":false,
                "supplierEmails":["salg@formpipe.example","SALG@formpipe.example","tilbud@kmd.example"]""".formatted(title, CONTACT)));

        List<MimeMessage> mails = ReceivedMail.await(title, 2);
        ReceivedMail.sleep(Duration.ofSeconds(1));
        assertThat(recipients(ReceivedMail.about(title)))
                .containsExactlyInAnyOrder("salg@formpipe.example", "tilbud@kmd.example");
        MimeMessage mail = mails.getFirst();
        assertThat(mail.getSubject()).isEqualTo("Svarfristen for \"" + title + "\" er ændret");
        assertThat(mail.getReplyTo()[0].toString()).isEqualTo(CONTACT);
        assertThat(part(mail, "text/plain"))
                .contains("Kære leverandør")
                .contains("flyttet fra 15. december 2026 kl. 12.00 til 5. juni 2027 kl. 12.30")
                .contains("Julen")
                .contains("https://anskaf.example/leverandoer/markedsdialoger/676")
                .doesNotContain("{");
    }

    @Test
    void aCancellationTellsTheSuppliersTheReasonAsText() throws Exception {
        String title = "Aflyst " + UUID.randomUUID();
        String reason = "<script>alert(1)</script><a href=\\\"https://evil.example\\\">Projektet er udskudt</a>";

        send(event("dialogue-cancelled", """
                "title":"%s","contactEmail":"%s","reason":"%s","supplierEmails":["salg@formpipe.example"]""".formatted(title, CONTACT, reason)));

        MimeMessage mail = ReceivedMail.await(title, 1).getFirst();
        assertThat(mail.getSubject()).isEqualTo("Markedsdialogen \"" + title + "\" er aflyst");
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("salg@formpipe.example");
        assertThat(mail.getReplyTo()[0].toString()).isEqualTo(CONTACT);
        assertThat(part(mail, "text/plain"))
                .contains("<script>alert(1)</script>")
                .contains("Spørgsmål kan sendes til " + CONTACT);
        assertThat(part(mail, "text/html"))
                .doesNotContain("<script>")
                .doesNotContain("<a href")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void theContactEmailHearsThatASupplierFinishedOrDeclinedWithItsReason() throws Exception {
        String finished = "Afsluttet " + UUID.randomUUID();
        String declined = "Afslået " + UUID.randomUUID();

        send(event("supplier-finished", supplier(finished, null)));
        send(event("supplier-declined", supplier(declined, "\"Vi leverer ikke on-premise <b>\"")));

        MimeMessage done = ReceivedMail.await(finished, 1).getFirst();
        assertThat(done.getAllRecipients()[0].toString()).isEqualTo(CONTACT);
        assertThat(done.getSubject())
                .isEqualTo("Formpipe Software A/S har afsluttet sin besvarelse af \"" + finished + "\"");
        assertThat(part(done, "text/plain")).contains("https://anskaf.example/markedsdialoger/676");
        MimeMessage no = ReceivedMail.await(declined, 1).getFirst();
        assertThat(no.getAllRecipients()[0].toString()).isEqualTo(CONTACT);
        assertThat(no.getSubject()).isEqualTo("Formpipe Software A/S deltager ikke i \"" + declined + "\"");
        assertThat(part(no, "text/plain")).contains("Vi leverer ikke on-premise <b>");
        assertThat(part(no, "text/html")).contains("Vi leverer ikke on-premise &lt;b&gt;");
        assertThat(((InternetAddress) no.getFrom()[0]).getPersonal()).isNotBlank();
    }

    @Test
    void theContactEmailHearsOfTheDeadlineAndOfEveryoneHavingAnswered() throws Exception {
        String reached = "Frist " + UUID.randomUUID();
        String answered = "Alle " + UUID.randomUUID();

        send(event("dialogue-deadline-reached", closed(reached)));
        send(event("dialogue-all-answered", closed(answered)));

        MimeMessage deadline = ReceivedMail.await(reached, 1).getFirst();
        assertThat(deadline.getAllRecipients()[0].toString()).isEqualTo(CONTACT);
        assertThat(deadline.getSubject()).isEqualTo("Markedsdialogen \"" + reached + "\" har nået sin svarfrist");
        assertThat(part(deadline, "text/plain")).contains("Svarfristen 15. december 2026 kl. 12.00");
        MimeMessage all = ReceivedMail.await(answered, 1).getFirst();
        assertThat(all.getAllRecipients()[0].toString()).isEqualTo(CONTACT);
        assertThat(all.getSubject()).isEqualTo("Alle leverandører har besvaret \"" + answered + "\"");
    }

    @Test
    void aRedeliveredCancellationMailsEachSupplierOnce() {
        String title = "Gentaget " + UUID.randomUUID();
        String cancelled = event("dialogue-cancelled", """
                "title":"%s","contactEmail":"%s","reason":"Grund","supplierEmails":["a@x.example","b@x.example"]""".formatted(title, CONTACT));

        send(cancelled);
        send(cancelled);

        assertThat(ReceivedMail.await(title, 2)).hasSize(2);
        ReceivedMail.sleep(Duration.ofSeconds(2));
        assertThat(ReceivedMail.about(title)).hasSize(2);
    }

    private static String supplier(String title, String reason) {
        return """
                "title":"%s","contactEmail":"%s","answerSetId":"1c7d3b64-7b9f-4e4c-8e2f-8a2c3d4e5f60",
                "organisationId":"2d8e4c75-8c0a-4f5d-9f3a-9b3d4e5f6071","organisationName":"Formpipe Software A/S",
                "reason":%s""".formatted(title, CONTACT, reason);
    }

    private static String closed(String title) {
        return """
                "title":"%s","contactEmail":"%s","deadline":"2026-12-15T11:00:00Z\"""".formatted(title, CONTACT);
    }

    private static String event(String type, String fields) {
        return """
                {"specversion":"1.0","id":"%s","source":"/anskaf/dialogue-service",
                 "type":"dk.anskaf.dialogue.%s.v1","subject":"676","time":"2026-11-27T10:15:30Z",
                 "datacontenttype":"application/json","tenantid":"0710",
                 "data":{"dialogueId":676,%s}}""".formatted(UUID.randomUUID(), type, fields);
    }

    private static void send(String event) {
        TopicProbe.send(Infrastructure.kafka(), DialogueEvents.TOPIC, "676", event);
    }

    private static List<String> recipients(List<MimeMessage> mails) {
        return mails.stream()
                .flatMap(m -> {
                    try {
                        return Arrays.stream(m.getAllRecipients());
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .map(Address::toString)
                .toList();
    }
}
