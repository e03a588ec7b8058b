package dk.anskaf.notification.message;

import static dk.anskaf.notification.ReceivedMail.part;
import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.notification.ReceivedMail;
import dk.anskaf.notification.mail.MailQueue;
import dk.anskaf.notification.sender.Municipalities;
import dk.anskaf.notification.template.MessageType;
import dk.anskaf.notification.template.Placeholder;
import dk.anskaf.platform.tenancy.TenantContext;
import dk.anskaf.platform.tenancy.TenantId;
import dk.anskaf.platform.test.mail.TestMail;
import dk.anskaf.platform.test.spring.AnskafIntegrationTest;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every message type goes through template, queue and a real SMTP server, in Danish and filled in. The
 * types whose link is a sign-in link wait for identity at sending; SupplierMailIntegrationTests sends
 * them with identity standing by.
 */
@AnskafIntegrationTest
@TestPropertySource(properties = "anskaf.notification.public-url=https://anskaf.example")
class EveryMessageTypeIntegrationTests {

    @Autowired
    MailComposer composer;

    @Autowired
    MailQueue queue;

    @Autowired
    Municipalities municipalities;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void everyTypeIsSentWithEveryPlaceholderFilled() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        TenantContext.runAs(
                TenantId.of("0751"),
                () -> transactions.executeWithoutResult(tx -> {
                    municipalities.rename("Aarhus Kommune");
                    municipalities.setContactEmail("indkoeb@aarhus.example");
                    for (MessageType type : withoutSignInLinks()) {
                        queue.enqueue(
                                UUID.randomUUID(),
                                composer.compose(MailRequest.of(type, address(type, run), values(type))));
                    }
                }));

        for (MessageType type : withoutSignInLinks()) {
            MimeMessage mail = awaitFor(address(type, run));
            String text = part(mail, "text/plain");
            String html = part(mail, "text/html");
            assertThat(mail.getSubject()).as(type.key()).doesNotContain("{").isNotBlank();
            assertThat(text).as(type.key()).doesNotContain("{").containsAnyOf("Kære", "har", "er", "Tak");
            assertThat(html).as(type.key()).startsWith("<!DOCTYPE html>").contains("<html lang=\"da\">");
            String template = type.defaultSubject() + type.defaultBody();
            for (Placeholder placeholder : type.placeholders()) {
                if (template.contains("{" + placeholder.token() + "}")) {
                    assertThat(mail.getSubject() + "\n" + text)
                            .as(type.key() + " {" + placeholder.token() + "}")
                            .contains(expected(placeholder));
                }
            }
            InternetAddress from = (InternetAddress) mail.getFrom()[0];
            assertThat(from.getPersonal()).as(type.key()).isEqualTo("Aarhus Kommune");
            assertThat(mail.getReplyTo()[0].toString()).as(type.key()).isEqualTo("indkoeb@aarhus.example");
        }
    }

    private static java.util.List<MessageType> withoutSignInLinks() {
        return java.util.Arrays.stream(MessageType.values())
                .filter(type -> !type.signInLink())
                .toList();
    }

    private static String expected(Placeholder placeholder) {
        return switch (placeholder) {
            case KOMMUNE -> "Aarhus Kommune";
            case KONTAKTEMAIL -> "indkoeb@aarhus.example";
            case LINK -> "https://anskaf.example";
            default -> placeholder.sample();
        };
    }

    private static Map<Placeholder, String> values(MessageType type) {
        Map<Placeholder, String> values = new EnumMap<>(Placeholder.class);
        type.placeholders().stream()
                .filter(p -> p != Placeholder.KOMMUNE && p != Placeholder.KONTAKTEMAIL && p != Placeholder.LINK)
                .forEach(p -> values.put(p, p.sample()));
        return values;
    }

    private static String address(MessageType type, String run) {
        return type.key() + "-" + run + "@test.example";
    }

    private static MimeMessage awaitFor(String recipient) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            for (MimeMessage mail : TestMail.sink().messages()) {
                try {
                    if (mail.getAllRecipients()[0].toString().equals(recipient)) {
                        return mail;
                    }
                } catch (Exception ignored) {
                    // a message being written; look again
                }
            }
            ReceivedMail.sleep(Duration.ofMillis(100));
        }
        throw new AssertionError("No mail to " + recipient);
    }
}
