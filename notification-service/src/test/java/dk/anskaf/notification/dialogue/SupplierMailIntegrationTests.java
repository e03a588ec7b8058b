package dk.anskaf.notification.dialogue;

import static dk.anskaf.notification.ReceivedMail.part;
import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.notification.IdentityStub;
import dk.anskaf.notification.ReceivedMail;
import dk.anskaf.platform.test.fixture.IntegrationFixture;
import dk.anskaf.platform.test.infra.Infrastructure;
import dk.anskaf.platform.test.kafka.TopicProbe;
import dk.anskaf.platform.test.spring.AnskafIntegrationTest;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The mails that carry a supplier contact's sign-in link: the invitation and the link a contact asked
 * for. The link comes from identity (a stub on a real port) right before SMTP; the stored message never
 * holds it; while identity is down the mail waits and then goes out once; an address identity knows no
 * access for gets no mail.
 */
@AnskafIntegrationTest
@TestPropertySource(
        properties = {
            "anskaf.notification.public-url=https://anskaf.example",
            "anskaf.notification.retry-backoff=200ms",
            "anskaf.notification.sign-in-access-retries=4"
        })
class SupplierMailIntegrationTests {

    static final IdentityStub identity = IdentityStub.start();

    @DynamicPropertySource
    static void identity(DynamicPropertyRegistry registry) {
        identity.register(registry);
    }

    @AfterAll
    static void stopIdentity() {
        identity.close();
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IntegrationFixture fixture;

    @AfterEach
    void identityUp() {
        identity.down(false);
    }

    @Test
    void theInvitationCarriesAFreshSignInLinkThatItsStoredRowDoesNot() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String address = "salg-" + run + "@formpipe.example";
        identity.invite(address);

        send(invited(address, "ESDH-system " + run, "Vi ser frem til jeres svar."));

        MimeMessage mail = ReceivedMail.await(run, 1).getFirst();
        IdentityStub.Issued link = issuedTo(address);
        assertThat(link.dialogueId()).isEqualTo("676");
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(address);
        assertThat(mail.getSubject())
                .isEqualTo("Invitation til at besvare krav i markedsdialogen \"ESDH-system " + run + "\"");
        assertThat(((InternetAddress) mail.getFrom()[0]).getPersonal()).isEqualTo("Favrskov Kommune");
        assertThat(mail.getReplyTo()[0].toString()).isEqualTo("indkoeb@favrskov.example");
        assertThat(part(mail, "text/plain"))
                .contains("Kære Formpipe Software A/S")
                .contains("Favrskov Kommune inviterer jer")
                .contains("Vi ser frem til jeres svar.")
                .contains("Svarfristen er 15. december 2026 kl. 12.00")
                .contains("logger ind her: " + link.url())
                .contains("skriv til indkoeb@favrskov.example")
                .doesNotContain("{");
        String escapedUrl = link.url().replace("&", "&amp;");
        assertThat(part(mail, "text/html")).contains("<a href=\"" + escapedUrl + "\">" + escapedUrl + "</a>");

        Map<String, Object> row = storedFor(address);
        assertThat(row.values().toString()).doesNotContain(link.url()).doesNotContain("token=");
        assertThat(row.get("status")).isEqualTo("SENT");
    }

    @Test
    void hostileMarkupInTitleAndMessageIsTextInTheMail() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String address = "fjendtlig-" + run + "@leverandoer.example";
        identity.invite(address);
        String title = "<script>alert(1)</script> " + run;
        String message = "<a href=\\\"https://evil.example\\\">klik</a> <img src=x onerror=alert(2)> {link}";

        send(invited(address, title, message)
                .replace("\"subject\":\"Invitation til", "\"subject\":\"<b>Invitation</b> til"));

        MimeMessage mail = ReceivedMail.await(run, 1).getFirst();
        String html = part(mail, "text/html");
        assertThat(html)
                .doesNotContain("<script>")
                .doesNotContain("<a href=\"https://evil")
                .doesNotContain("<img")
                .doesNotContain("<b>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("&lt;img src=x onerror=alert(2)&gt;");
        // The purchaser's "{link}" stays text: only the template's link becomes the sign-in link.
        assertThat(part(mail, "text/plain")).contains("onerror=alert(2)> {link}");
        assertThat(html).containsOnlyOnce("<a href=");
    }

    @Test
    void whileIdentityIsDownTheInvitationWaitsAndIsSentOnceItIsBack() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String address = "vent-" + run + "@leverandoer.example";
        identity.invite(address);
        String before = "Før " + UUID.randomUUID();
        identity.invite("foer-" + address);
        send(invited("foer-" + address, before, "Besked"));
        assertThat(ReceivedMail.await(before, 1)).hasSize(1); // a token is held: the link call itself fails
        identity.down(true);

        send(invited(address, "Nede " + run, "Besked"));

        awaitRow(address, "status = 'QUEUED' and link_deferrals >= 2");
        assertThat(ReceivedMail.about(run)).isEmpty();
        assertThat(storedFor(address).get("attempts")).isEqualTo(0); // no SMTP attempt used up
        assertThat((String) storedFor(address).get("last_error")).startsWith("identity unavailable");

        identity.down(false);

        assertThat(ReceivedMail.await(run, 1)).hasSize(1);
        ReceivedMail.sleep(Duration.ofSeconds(2));
        assertThat(ReceivedMail.about(run)).hasSize(1);
        assertThat(part(ReceivedMail.about(run).getFirst(), "text/plain"))
                .contains(issuedTo(address).url());
        awaitRow(address, "status = 'SENT'");
    }

    @Test
    void anAddressWithoutAValidAccessGetsNoMailAndItsMessageIsDead() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String address = "ukendt-" + run + "@leverandoer.example"; // identity recorded no invitation

        send(invited(address, "Ukendt " + run, "Besked"));

        String refused = "afvist-" + run + "@leverandoer.example";
        identity.refuse(refused);
        send(invited(refused, "Afvist " + run, "Besked"));

        awaitRow(address, "status = 'DEAD' and last_error = 'no valid supplier access'");
        awaitRow(refused, "status = 'DEAD' and last_error = 'identity refused the address'");
        ReceivedMail.sleep(Duration.ofSeconds(1));
        assertThat(ReceivedMail.about(run)).isEmpty();
    }

    /**
     * identity and this service read the same invitation event; when this one is first, identity does not
     * know the address yet. The mail waits for it instead of being given up.
     */
    @Test
    void anInvitationIdentityHasNotReadYetWaitsForItAndIsSentOnce() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String address = "foerst-" + run + "@leverandoer.example";

        send(invited(address, "Foerst " + run, "Besked"));
        awaitRow(address, "status = 'QUEUED' and last_error like 'identity knows no access yet%'");
        assertThat(ReceivedMail.about(run)).isEmpty();

        identity.invite(address); // identity has now read the invitation

        assertThat(ReceivedMail.await(run, 1)).hasSize(1);
        awaitRow(address, "status = 'SENT'");
        assertThat(part(ReceivedMail.about(run).getFirst(), "text/plain"))
                .contains(issuedTo(address).url());
    }

    @Test
    void aRequestedSignInLinkIsMailedFromAnskafWithTheLink() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String address = "Salg-" + run + "@Formpipe.example";
        identity.invite(address);

        TopicProbe.send(
                Infrastructure.kafka(), "anskaf.identity.supplier-sign-in", address.toLowerCase(), """
                {"specversion":"1.0","id":"%s","source":"/anskaf/identity",
                 "type":"dk.anskaf.identity.supplier-sign-in-requested.v1","subject":"%s",
                 "time":"2026-11-27T10:00:00Z","datacontenttype":"application/json","tenantid":"operator",
                 "data":{"email":"%s","organisationName":"Formpipe %s","dialogueId":677}}""".formatted(
                                UUID.randomUUID(), address, address, run));

        MimeMessage mail = ReceivedMail.await("Jeres link til at logge ind", 1).stream()
                .filter(m -> part(m, "text/plain").contains("Formpipe " + run))
                .findFirst()
                .orElseThrow();
        IdentityStub.Issued link = issuedTo(address);
        assertThat(link.dialogueId()).isEqualTo("677");
        assertThat(((InternetAddress) mail.getFrom()[0]).getPersonal()).isEqualTo("Anskaf");
        assertThat(part(mail, "text/plain")).contains("Kære Formpipe " + run).contains(link.url());
        assertThat(mail.getSubject()).doesNotContain("token=");
        assertThat(storedFor(address).values().toString()).doesNotContain(link.url());
    }

    @Test
    void aRedeliveredInvitationIsMailedOnce() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String address = "igen-" + run + "@leverandoer.example";
        identity.invite(address);
        String event = invited(address, "Igen " + run, "Besked");

        send(event);
        send(event);

        assertThat(ReceivedMail.await(run, 1)).hasSize(1);
        ReceivedMail.sleep(Duration.ofSeconds(2));
        assertThat(ReceivedMail.about(run)).hasSize(1);
        assertThat(identity.issued().stream().filter(i -> i.email().equals(address)))
                .hasSize(1);
    }

    private static void send(String event) {
        TopicProbe.send(Infrastructure.kafka(), DialogueEvents.TOPIC, "676", event);
    }

    private static IdentityStub.Issued issuedTo(String address) {
        List<IdentityStub.Issued> links = identity.issued().stream()
                .filter(i -> i.email().equals(address))
                .toList();
        assertThat(links).as("links issued to " + address).hasSize(1);
        return links.getFirst();
    }

    private Map<String, Object> storedFor(String address) {
        return fixture.acrossTenants(() -> jdbc.sql("select * from mail_message where recipient = ?")
                .param(address)
                .query()
                .singleRow());
    }

    private void awaitRow(String address, String condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            long found = fixture.acrossTenants(
                    () -> jdbc.sql("select count(*) from mail_message where recipient = ? and " + condition)
                            .param(address)
                            .query(Long.class)
                            .single());
            if (found == 1) {
                return;
            }
            ReceivedMail.sleep(Duration.ofMillis(100));
        }
        throw new AssertionError("No message to " + address + " with " + condition + ": " + storedFor(address));
    }

    static String invited(String address, String title, String message) {
        return """
                {"specversion":"1.0","id":"%s","source":"/anskaf/dialogue-service",
                 "type":"dk.anskaf.dialogue.supplier-invited.v1","subject":"676","time":"2026-11-27T10:15:30Z",
                 "datacontenttype":"application/json","tenantid":"0710",
                 "data":{"dialogueId":676,"title":"%s","invitationId":"%s","answerSetId":"%s",
                         "organisationId":"2d8e4c75-8c0a-4f5d-9f3a-9b3d4e5f6071","organisationName":"Formpipe Software A/S",
                         "cvr":"12345674","contactId":"3e9f5d86-9d1b-4a6e-8a4b-ac4e5f607182","email":"%s",
                         "subject":"Invitation til at besvare krav i markedsdialogen \\"%s\\"","message":"%s",
                         "deadline":"2026-12-15T11:00:00Z","contactEmail":"indkoeb@favrskov.example",
                         "customerName":"Favrskov Kommune"}}""".formatted(UUID.randomUUID(), title, UUID.randomUUID(), UUID.randomUUID(), address, title, message);
    }
}
