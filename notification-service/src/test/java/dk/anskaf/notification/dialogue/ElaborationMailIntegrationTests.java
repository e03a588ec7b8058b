package dk.anskaf.notification.dialogue;

import static dk.anskaf.notification.ReceivedMail.part;
import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.notification.IdentityStub;
import dk.anskaf.notification.ReceivedMail;
import dk.anskaf.platform.test.infra.Infrastructure;
import dk.anskaf.platform.test.kafka.TopicProbe;
import dk.anskaf.platform.test.spring.AnskafIntegrationTest;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The elaboration loop's mails through real Kafka, PostgreSQL and SMTP: the purchaser's message reaches
 * every invited address of the organisation verbatim as text (escaped in HTML) with its own sign-in link;
 * the contact e-mail hears that the supplier elaborated; a redelivered event mails once.
 */
@AnskafIntegrationTest
@TestPropertySource(properties = "anskaf.notification.public-url=https://anskaf.example")
class ElaborationMailIntegrationTests {

    static final IdentityStub identity = IdentityStub.start();

    static final String HOSTILE = "<script>alert(1)</script> & \\\"Æøå\\\"";

    @DynamicPropertySource
    static void identity(DynamicPropertyRegistry registry) {
        identity.register(registry);
    }

    @AfterAll
    static void stopIdentity() {
        identity.close();
    }

    @Test
    void theRequestReachesEveryInvitedAddressOnceWithTheMessageAsTextAndItsOwnSignInLink() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String first = "salg-" + run + "@formpipe.example";
        String second = "tilbud-" + run + "@formpipe.example";
        identity.invite(first);
        identity.invite(second);
        String event = requested(run, List.of(first, second, first.toUpperCase()));

        send(event);
        send(event);

        List<MimeMessage> mails = ReceivedMail.await(run, 2);
        ReceivedMail.sleep(Duration.ofSeconds(2));
        assertThat(ReceivedMail.about(run)).hasSize(2);
        MimeMessage mail = mails.stream()
                .filter(m -> first.equals(recipient(m)))
                .findFirst()
                .orElseThrow();
        assertThat(mail.getSubject()).isEqualTo("Vi beder jer uddybe jeres svar i \"ESDH-system " + run + "\"");
        assertThat(((InternetAddress) mail.getFrom()[0]).getPersonal()).isEqualTo("Favrskov Kommune");
        assertThat(mail.getReplyTo()[0].toString()).isEqualTo("indkoeb@favrskov.example");
        String link = identity.issued().stream()
                .filter(i -> i.email().equals(first))
                .findFirst()
                .orElseThrow()
                .url();
        assertThat(part(mail, "text/plain"))
                .contains("Kære Formpipe Software A/S")
                .contains("<script>alert(1)</script> & \"Æøå\"")
                .contains("I logger ind her: " + link)
                .doesNotContain("{");
        assertThat(part(mail, "text/html"))
                .doesNotContain("<script>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Æøå&quot;");
    }

    @Test
    void theContactHearsThatTheSupplierElaboratedWithALinkToItsAnswers() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);

        send("""
                {"specversion":"1.0","id":"%s","source":"/anskaf/dialogue-service",
                 "type":"dk.anskaf.dialogue.elaboration-sent.v1","subject":"676","time":"2026-11-27T10:15:30Z",
                 "datacontenttype":"application/json","tenantid":"0710",
                 "data":{"dialogueId":676,"title":"Sendt %s","contactEmail":"indkoeb@favrskov.example",
                         "answerSetId":"1c7d3b64-7b9f-4e4c-8e2f-8a2c3d4e5f60",
                         "organisationId":"2d8e4c75-8c0a-4f5d-9f3a-9b3d4e5f6071",
                         "organisationName":"Formpipe Software A/S","round":1,"changedCount":2}}""".formatted(UUID.randomUUID(), run));

        MimeMessage mail = ReceivedMail.await(run, 1).getFirst();
        assertThat(recipient(mail)).isEqualTo("indkoeb@favrskov.example");
        assertThat(mail.getSubject()).isEqualTo("Formpipe Software A/S har uddybet sine svar i \"Sendt " + run + "\"");
        assertThat(part(mail, "text/plain"))
                .contains("Formpipe Software A/S har uddybet sine svar i markedsdialogen")
                .contains(
                        "https://anskaf.example/markedsdialoger/676/besvarelser/1c7d3b64-7b9f-4e4c-8e2f-8a2c3d4e5f60");
    }

    private static String recipient(MimeMessage mail) {
        try {
            return mail.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void send(String event) {
        TopicProbe.send(Infrastructure.kafka(), DialogueEvents.TOPIC, "676", event);
    }

    private static String requested(String run, List<String> addresses) {
        return """
                {"specversion":"1.0","id":"%s","source":"/anskaf/dialogue-service",
                 "type":"dk.anskaf.dialogue.elaboration-requested.v1","subject":"676","time":"2026-11-27T10:15:30Z",
                 "datacontenttype":"application/json","tenantid":"0710",
                 "data":{"dialogueId":676,"title":"ESDH-system %s","customerName":"Favrskov Kommune",
                         "contactEmail":"indkoeb@favrskov.example","answerSetId":"1c7d3b64-7b9f-4e4c-8e2f-8a2c3d4e5f60",
                         "organisationId":"2d8e4c75-8c0a-4f5d-9f3a-9b3d4e5f6071","organisationName":"Formpipe Software A/S",
                         "round":1,"message":"%s","supplierEmails":["%s"]}}""".formatted(UUID.randomUUID(), run, HOSTILE, String.join("\",\"", addresses));
    }
}
