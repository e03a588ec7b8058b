package dk.anskaf.notification.dialogue;

import static dk.anskaf.notification.ReceivedMail.part;
import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.notification.IdentityStub;
import dk.anskaf.notification.ReceivedMail;
import dk.anskaf.platform.test.infra.Infrastructure;
import dk.anskaf.platform.test.kafka.TopicProbe;
import dk.anskaf.platform.test.spring.AnskafIntegrationTest;
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
 * The mails of Spørgsmål og svar through Kafka, the queue and a real SMTP server: an answer reaches each
 * address of its event once, however often the event is delivered, with the recipient's own sign-in link
 * and never the asker's name; a question reaches the purchaser's contact e-mail; typed text stays text.
 */
@AnskafIntegrationTest
@TestPropertySource(
        properties = {"anskaf.notification.public-url=https://anskaf.example", "anskaf.notification.retry-backoff=200ms"
        })
class QuestionMailIntegrationTests {

    static final IdentityStub identity = IdentityStub.start();

    @DynamicPropertySource
    static void identity(DynamicPropertyRegistry registry) {
        identity.register(registry);
    }

    @AfterAll
    static void stopIdentity() {
        identity.close();
    }

    @Test
    void aPublishedAnswerIsMailedOnceToEveryAddressEvenWhenDeliveredTwiceAndNeverNamesTheAsker() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> addresses = List.of(
                "a1-" + run + "@spoerger.example", "a2-" + run + "@spoerger.example", "b-" + run + "@anden.example");
        addresses.forEach(identity::invite);
        // the same address twice, spelled differently, and a field a producer must never add: who asked
        String event = answered(
                        run,
                        "Må kopien være 24 timer gammel?",
                        "Nej, højst 4 timer gammel.",
                        List.of(
                                addresses.get(0),
                                addresses.get(1),
                                addresses.get(2),
                                addresses.get(0).toUpperCase()))
                .replace(
                        "\"visibility\"",
                        "\"organisationName\":\"Spørger A/S\",\"askedBy\":\"" + addresses.get(0) + "\",\"visibility\"");

        send(event);
        send(event);

        List<MimeMessage> mails = ReceivedMail.await(run, 3);
        ReceivedMail.sleep(Duration.ofSeconds(2));
        mails = ReceivedMail.about(run);
        assertThat(mails).hasSize(3);
        assertThat(mails.stream().map(QuestionMailIntegrationTests::recipient))
                .containsExactlyInAnyOrderElementsOf(addresses);
        for (MimeMessage mail : mails) {
            String text = part(mail, "text/plain");
            String url = identity.issued().stream()
                    .filter(issued -> issued.email().equals(recipient(mail)))
                    .findFirst()
                    .orElseThrow()
                    .url();
            assertThat(mail.getSubject()).isEqualTo("Svar på et spørgsmål i \"ESDH-system " + run + "\"");
            assertThat(text)
                    .contains("Favrskov Kommune har svaret på et spørgsmål om kravet 1042 Gendannelse af data")
                    .contains("Må kopien være 24 timer gammel?")
                    .contains("Nej, højst 4 timer gammel.")
                    .contains("logger ind her: " + url)
                    .doesNotContain("Spørger A/S")
                    .doesNotContain(addresses.get(0))
                    .doesNotContain("{");
        }
        assertThat(identity.issued().stream().filter(issued -> issued.email().contains(run)))
                .hasSize(3);
    }

    @Test
    void aPrivateAnswerReachesOnlyTheAddressesItNames() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String asker = "privat-" + run + "@spoerger.example";
        identity.invite(asker);
        identity.invite("ikke-" + run + "@anden.example");

        send(answered(run, "Gælder det testmiljøet?", "Nej, kun produktion.", List.of(asker))
                .replace("\"PUBLISHED\"", "\"PRIVATE\""));

        assertThat(ReceivedMail.await(run, 1)).hasSize(1);
        ReceivedMail.sleep(Duration.ofSeconds(2));
        assertThat(ReceivedMail.about(run).stream().map(QuestionMailIntegrationTests::recipient))
                .containsExactly(asker);
    }

    @Test
    void hostileMarkupInQuestionAndAnswerIsTextInTheMail() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String address = "fjendtlig-" + run + "@leverandoer.example";
        identity.invite(address);

        send(answered(
                run,
                "<script>alert(1)</script> {link}",
                "<a href=\\\"https://evil.example\\\">klik</a> <img src=x onerror=alert(2)>",
                List.of(address)));

        String html = part(ReceivedMail.await(run, 1).getFirst(), "text/html");
        assertThat(html)
                .doesNotContain("<script>")
                .doesNotContain("<a href=\"https://evil")
                .doesNotContain("<img")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; {link}")
                .contains("&lt;img src=x onerror=alert(2)&gt;")
                .containsOnlyOnce("<a href=");
    }

    @Test
    void aQuestionIsMailedToTheContactEmailWithWhoAskedAndALinkToTheAnswerPage() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String contact = "indkoeb-" + run + "@favrskov.example";

        send("""
                {"specversion":"1.0","id":"%s","source":"/anskaf/dialogue-service",
                 "type":"dk.anskaf.dialogue.supplier-question-asked.v1","subject":"676",
                 "time":"2026-11-27T10:00:00Z","datacontenttype":"application/json","tenantid":"0710",
                 "data":{"dialogueId":676,"title":"ESDH-system %s","contactEmail":"%s",
                         "questionId":"%s","requirementId":null,"requirementLabel":null,
                         "organisationName":"Formpipe <b>Software</b>","text":"Hvornår <i>starter</i> I?"}}""".formatted(UUID.randomUUID(), run, contact, UUID.randomUUID()));

        MimeMessage mail = ReceivedMail.await(run, 1).getFirst();
        assertThat(mail.getSubject()).isEqualTo("Nyt spørgsmål til \"ESDH-system " + run + "\"");
        assertThat(recipient(mail)).isEqualTo(contact);
        assertThat(part(mail, "text/plain"))
                .contains("Formpipe <b>Software</b> har stillet et spørgsmål om markedsdialogen som helhed")
                .contains("Hvornår <i>starter</i> I?")
                .contains("https://anskaf.example/markedsdialoger/676/spoergsmaal");
        assertThat(part(mail, "text/html")).doesNotContain("<b>Software").contains("&lt;i&gt;starter&lt;/i&gt;");
    }

    private static String answered(String run, String question, String answer, List<String> addresses) {
        String emails = String.join("\",\"", addresses);
        return """
                {"specversion":"1.0","id":"%s","source":"/anskaf/dialogue-service",
                 "type":"dk.anskaf.dialogue.question-answered.v1","subject":"676",
                 "time":"2026-11-27T10:00:00Z","datacontenttype":"application/json","tenantid":"0710",
                 "data":{"dialogueId":676,"title":"ESDH-system %s","contactEmail":"indkoeb@favrskov.example",
                         "customerName":"Favrskov Kommune","questionId":"%s","requirementId":4711,"requirementLabel":"1042 Gendannelse af data",
                         "questionText":"%s","answerText":"%s","visibility":"PUBLISHED",
                         "supplierEmails":["%s"]}}""".formatted(UUID.randomUUID(), run, UUID.randomUUID(), question, answer, emails);
    }

    private static void send(String event) {
        TopicProbe.send(Infrastructure.kafka(), DialogueEvents.TOPIC, "676", event);
    }

    private static String recipient(MimeMessage mail) {
        try {
            return mail.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
