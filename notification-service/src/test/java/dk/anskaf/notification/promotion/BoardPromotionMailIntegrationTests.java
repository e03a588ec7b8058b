package dk.anskaf.notification.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.platform.test.infra.Infrastructure;
import dk.anskaf.platform.test.kafka.TopicProbe;
import dk.anskaf.platform.test.mail.TestMail;
import dk.anskaf.platform.test.spring.AnskafIntegrationTest;
import jakarta.mail.Address;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

@AnskafIntegrationTest
@TestPropertySource(properties = "anskaf.notification.board-addresses=formand@board.test,medlem@board.test")
class BoardPromotionMailIntegrationTests {

    @Test
    void boardGetsOneDanishMailPerMemberFromTheMunicipality() throws Exception {
        String name = "Anmodning om restore " + UUID.randomUUID();

        TopicProbe.send(
                Infrastructure.kafka(), PromotionRequestedListener.TOPIC, "1001", event(name, "Bør gælde alle"));

        List<MimeMessage> mails = awaitMails(name, 2);
        assertThat(mails).hasSize(2);
        assertThat(mails)
                .flatExtracting(m -> List.of(m.getAllRecipients()))
                .extracting(Address::toString)
                .containsExactlyInAnyOrder("formand@board.test", "medlem@board.test");
        MimeMessage mail = mails.getFirst();
        assertThat(mail.getSubject()).isEqualTo("Ny anmodning om tværkommunalt krav: " + name);
        assertThat(((InternetAddress) mail.getFrom()[0]).getPersonal()).isEqualTo("Favrskov Kommune");
        assertThat(mail.getReplyTo()[0].toString()).isEqualTo("rita@favrskov.example");
        assertThat(text(mail, "text/plain")).contains("Begrundelse:").contains("Bør gælde alle");
        assertThat(text(mail, "text/html")).contains("<html lang=\"da\">");
    }

    @Test
    void aRedeliveredEventSendsNoSecondMail() {
        String name = "Redelivery " + UUID.randomUUID();
        TopicProbe.send(Infrastructure.kafka(), PromotionRequestedListener.TOPIC, "1002", event(name, "Grund"));
        List<MimeMessage> first = awaitMails(name, 2);

        ConsumerRecord<String, String> original;
        try (var probe = new TopicProbe(Infrastructure.kafka(), PromotionRequestedListener.TOPIC)) {
            original = probe.await(1, Duration.ofSeconds(10)).stream()
                    .filter(r -> r.value().contains(name))
                    .findFirst()
                    .orElseThrow();
        }
        TopicProbe.redeliver(Infrastructure.kafka(), original);
        TopicProbe.redeliver(Infrastructure.kafka(), original);
        sleep(Duration.ofSeconds(4));

        assertThat(first).hasSize(2);
        assertThat(mailsAbout(name)).hasSize(2);
    }

    @Test
    void markupInTheReasonIsRenderedInert() throws Exception {
        String name = "Injection " + UUID.randomUUID();
        String reason = "<script>alert(1)</script><a href=\\\"https://evil.example\\\">klik</a> {besked}";

        TopicProbe.send(Infrastructure.kafka(), PromotionRequestedListener.TOPIC, "1003", event(name, reason));

        MimeMessage mail = awaitMails(name, 2).getFirst();
        String html = text(mail, "text/html");
        assertThat(html).doesNotContain("<script>").doesNotContain("<a href");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(text(mail, "text/plain")).contains("{besked}");
    }

    static String event(String requirementName, String reason) {
        return """
                {"specversion":"1.0","id":"%s","source":"/anskaf/catalog-service",
                 "type":"dk.anskaf.catalog.requirement-promotion-requested.v1","subject":"1001",
                 "time":"2026-11-27T10:00:00Z","datacontenttype":"application/json","tenantid":"0710",
                 "data":{"requestId":"%s","requirementId":1001,"requirementName":"%s","category":"Drift, vedligehold og support",
                         "priority":"Krav","target":"CROSS_MUNICIPAL","reason":"%s","requestedByName":"Rita Redaktør",
                         "requestedByEmail":"rita@favrskov.example","municipalityName":"Favrskov Kommune",
                         "kommunekode":"0710","requestedAt":"2026-11-27T10:00:00Z"}}""".formatted(UUID.randomUUID(), UUID.randomUUID(), requirementName, reason);
    }

    static List<MimeMessage> awaitMails(String subjectPart, int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (mailsAbout(subjectPart).size() < count && System.nanoTime() < deadline) {
            sleep(Duration.ofMillis(100));
        }
        return mailsAbout(subjectPart);
    }

    static List<MimeMessage> mailsAbout(String subjectPart) {
        return TestMail.sink().messages().stream()
                .filter(m -> {
                    try {
                        return m.getSubject().contains(subjectPart);
                    } catch (Exception e) {
                        return false;
                    }
                })
                .toList();
    }

    static String text(MimeMessage mail, String type) throws Exception {
        return find((MimeMultipart) mail.getContent(), type);
    }

    private static String find(MimeMultipart multipart, String type) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            var part = multipart.getBodyPart(i);
            if (part.getContent() instanceof MimeMultipart nested) {
                String found = find(nested, type);
                if (found != null) {
                    return found;
                }
            } else if (part.isMimeType(type)) {
                return part.getContent().toString();
            }
        }
        return null;
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
