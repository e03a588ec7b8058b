package dk.anskaf.notification.dialogue;

import static dk.anskaf.notification.ReceivedMail.part;
import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.notification.IdentityStub;
import dk.anskaf.notification.ReceivedMail;
import dk.anskaf.platform.test.events.EventContracts;
import dk.anskaf.platform.test.infra.Infrastructure;
import dk.anskaf.platform.test.kafka.TopicProbe;
import dk.anskaf.platform.test.spring.AnskafIntegrationTest;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The reminder before the deadline through real Kafka, PostgreSQL and SMTP: in the municipality's name,
 * with the contact's own sign-in link, and once even when the event arrives twice.
 */
@AnskafIntegrationTest
@TestPropertySource(
        properties = {"anskaf.notification.public-url=https://anskaf.example", "anskaf.notification.retry-backoff=200ms"
        })
class ReminderMailIntegrationTests {

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
    void theDocumentedEventIsReadAsThisServiceNeedsIt() {
        ReminderMails.SupplierReminderDue read = EventContracts.documented()
                .assertConsumerReads(ReminderMails.SUPPLIER_REMINDER_DUE, ReminderMails.SupplierReminderDue.class);

        assertThat(read.email()).isEqualTo("salg@formpipe.example");
        assertThat(read.deadline()).isEqualTo(Instant.parse("2026-12-15T11:00:00Z"));
    }

    @Test
    void aRemindedContactGetsOneMailWithItsSignInLinkEvenWhenTheEventArrivesTwice() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String address = "paamind-" + run + "@formpipe.example";
        identity.invite(address);
        String event = reminder(address, "ESDH-system " + run);

        send(event);
        send(event);

        MimeMessage mail = ReceivedMail.await(run, 1).getFirst();
        assertThat(mail.getSubject())
                .isEqualTo("Påmindelse: svarfristen for \"ESDH-system " + run + "\" er 15. december 2026 kl. 12.00");
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(address);
        assertThat(((InternetAddress) mail.getFrom()[0]).getPersonal()).isEqualTo("Favrskov Kommune");
        assertThat(mail.getReplyTo()[0].toString()).isEqualTo("indkoeb@favrskov.example");
        IdentityStub.Issued link = identity.issued().stream()
                .filter(i -> i.email().equals(address))
                .findFirst()
                .orElseThrow();
        assertThat(part(mail, "text/plain"))
                .contains("Kære Formpipe Software A/S")
                .contains("her: " + link.url())
                .doesNotContain("{");
        ReceivedMail.sleep(Duration.ofSeconds(2));
        assertThat(ReceivedMail.about(run)).hasSize(1);
    }

    private static void send(String event) {
        TopicProbe.send(Infrastructure.kafka(), DialogueEvents.TOPIC, "676", event);
    }

    private static String reminder(String address, String title) {
        return """
                {"specversion":"1.0","id":"%s","source":"/anskaf/dialogue-service",
                 "type":"dk.anskaf.dialogue.supplier-reminder-due.v1","subject":"676","time":"2026-12-12T11:00:00Z",
                 "datacontenttype":"application/json","tenantid":"0710",
                 "data":{"dialogueId":676,"title":"%s","customerName":"Favrskov Kommune",
                         "contactEmail":"indkoeb@favrskov.example","deadline":"2026-12-15T11:00:00Z",
                         "answerSetId":"%s","organisationId":"2d8e4c75-8c0a-4f5d-9f3a-9b3d4e5f6071",
                         "organisationName":"Formpipe Software A/S","contactId":"3e9f5d86-9d1b-4a6e-8a4b-ac4e5f607182",
                         "email":"%s"}}""".formatted(UUID.randomUUID(), title, UUID.randomUUID(), address);
    }
}
