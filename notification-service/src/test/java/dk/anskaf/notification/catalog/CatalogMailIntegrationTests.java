package dk.anskaf.notification.catalog;

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
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

@AnskafIntegrationTest
@TestPropertySource(
        properties = {
            // Only while identity has named no board member; never when it has.
            "anskaf.notification.board-addresses=reserve@board.test",
            "anskaf.notification.public-url=https://anskaf.example"
        })
class CatalogMailIntegrationTests {

    static final UUID FORMAND = UUID.fromString("00000000-0000-0000-0000-00000000f001");
    static final UUID MEDLEM = UUID.fromString("00000000-0000-0000-0000-00000000f002");

    @Autowired
    JdbcClient jdbc;

    /** The board as identity publishes it: two members, in two municipalities. */
    @BeforeEach
    void twoBoardMembers() {
        membership(FORMAND, "0710", "formand@board.test", true);
        membership(MEDLEM, "0615", "medlem@board.test", true);
        awaitBoard("formand@board.test", "medlem@board.test");
    }

    @Test
    void eachMemberIdentityNamesGetsTheRequestOnceAndOneWhoLeftGetsNone() {
        UUID third = UUID.randomUUID();
        String joined = "Tre medlemmer " + UUID.randomUUID();
        String left = "To medlemmer " + UUID.randomUUID();

        membership(third, "0607", "tredje@board.test", true);
        awaitBoard("formand@board.test", "medlem@board.test", "tredje@board.test");
        send(CatalogTopics.PROMOTIONS, requested(joined, "Grund"));
        assertThat(recipients(ReceivedMail.await(joined, 3)))
                .containsExactlyInAnyOrder("formand@board.test", "medlem@board.test", "tredje@board.test");

        membership(third, "0607", "tredje@board.test", false);
        awaitBoard("formand@board.test", "medlem@board.test");
        send(CatalogTopics.PROMOTIONS, requested(left, "Grund"));
        assertThat(ReceivedMail.await(left, 2)).hasSize(2);
        ReceivedMail.sleep(Duration.ofSeconds(2));

        assertThat(recipients(ReceivedMail.about(left)))
                .containsExactlyInAnyOrder("formand@board.test", "medlem@board.test");
        assertThat(recipients(ReceivedMail.about(joined))).hasSize(3);
    }

    @Test
    void membershipEventsReceivedTwiceChangeNothing() {
        UUID former = UUID.randomUUID();
        String joinedEvent = membershipEvent(former, "0607", "tidligere@board.test", true);
        String name = "Efter gentagelse " + UUID.randomUUID();

        send(BoardMembershipListener.TOPIC, former.toString(), joinedEvent);
        awaitBoard("formand@board.test", "medlem@board.test", "tidligere@board.test");
        membership(former, "0607", "tidligere@board.test", false);
        awaitBoard("formand@board.test", "medlem@board.test");
        send(BoardMembershipListener.TOPIC, former.toString(), joinedEvent); // the old "joined" again
        membership(MEDLEM, "0615", "medlem@board.test", true); // control on another key: processed after
        ReceivedMail.sleep(Duration.ofSeconds(2));
        awaitBoard("formand@board.test", "medlem@board.test");

        send(CatalogTopics.PROMOTIONS, requested(name, "Grund"));
        assertThat(ReceivedMail.await(name, 2)).hasSize(2);
        ReceivedMail.sleep(Duration.ofSeconds(2));

        assertThat(recipients(ReceivedMail.about(name)))
                .containsExactlyInAnyOrder("formand@board.test", "medlem@board.test");
    }

    @Test
    void aMembershipWhoseTenantIdNoTenantCanHaveIsSetAsideAndLaterOnesApply() {
        UUID odd = UUID.randomUUID();
        UUID next = UUID.randomUUID();

        send(
                BoardMembershipListener.TOPIC,
                odd.toString(),
                membershipEvent(odd, "0607", "skaev@board.test", true)
                        .replace("\"tenantId\":\"0607\"", "\"tenantId\":\"06 07\""));
        membership(next, "0607", "naeste@board.test", true);

        awaitBoard("formand@board.test", "medlem@board.test", "naeste@board.test");
        membership(next, "0607", "naeste@board.test", false);
        awaitBoard("formand@board.test", "medlem@board.test");
    }

    @Test
    void whileIdentityNamesNoMemberTheFallbackAddressIsMailed() {
        String name = "Ingen redaktion " + UUID.randomUUID();
        membership(FORMAND, "0710", "formand@board.test", false);
        membership(MEDLEM, "0615", "medlem@board.test", false);
        awaitBoard();

        send(CatalogTopics.PROMOTIONS, requested(name, "Grund"));

        assertThat(recipients(ReceivedMail.await(name, 1))).containsExactly("reserve@board.test");
    }

    @Test
    void boardGetsOneDanishMailPerMemberFromTheMunicipality() throws Exception {
        String name = "Anmodning om restore " + UUID.randomUUID();

        send(CatalogTopics.PROMOTIONS, requested(name, "Bør gælde alle"));

        List<MimeMessage> mails = ReceivedMail.await(name, 2);
        assertThat(mails).hasSize(2);
        assertThat(mails)
                .flatExtracting(m -> List.of(m.getAllRecipients()))
                .extracting(Address::toString)
                .containsExactlyInAnyOrder("formand@board.test", "medlem@board.test");
        MimeMessage mail = mails.getFirst();
        assertThat(mail.getSubject()).isEqualTo("Ny anmodning om tværkommunalt krav: " + name);
        assertThat(((InternetAddress) mail.getFrom()[0]).getPersonal()).isEqualTo("Favrskov Kommune");
        assertThat(mail.getReplyTo()[0].toString()).isEqualTo("rita@favrskov.example");
        assertThat(part(mail, "text/plain"))
                .contains("Begrundelse:\nBør gælde alle")
                .contains("Anmodet af: Rita Redaktør <rita@favrskov.example>")
                .contains("https://anskaf.example/kravredaktion")
                .doesNotContain("{");
        assertThat(part(mail, "text/html"))
                .contains("<html lang=\"da\">")
                .contains("<a href=\"https://anskaf.example/kravredaktion\">");
    }

    @Test
    void aRedeliveredEventSendsNoSecondMail() {
        String name = "Redelivery " + UUID.randomUUID();
        send(CatalogTopics.PROMOTIONS, requested(name, "Grund"));
        assertThat(ReceivedMail.await(name, 2)).hasSize(2);

        ConsumerRecord<String, String> original;
        try (var probe = new TopicProbe(Infrastructure.kafka(), CatalogTopics.PROMOTIONS)) {
            original = probe.await(1, Duration.ofSeconds(10)).stream()
                    .filter(r -> r.value().contains(name))
                    .findFirst()
                    .orElseThrow();
        }
        TopicProbe.redeliver(Infrastructure.kafka(), original);
        TopicProbe.redeliver(Infrastructure.kafka(), original);
        ReceivedMail.sleep(Duration.ofSeconds(4));

        assertThat(ReceivedMail.about(name)).hasSize(2);
    }

    @Test
    void markupAndPlaceholdersInTheReasonAreRenderedInert() {
        String name = "Injection " + UUID.randomUUID();
        String reason = "<script>alert(1)</script><a href=\\\"https://evil.example\\\">klik</a> {besked} {krav}";

        send(CatalogTopics.PROMOTIONS, requested(name, reason));

        MimeMessage mail = ReceivedMail.await(name, 2).getFirst();
        String html = part(mail, "text/html");
        assertThat(html).doesNotContain("<script>").doesNotContain("<a href=\"https://evil");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(part(mail, "text/plain")).contains("{besked} {krav}");
    }

    @Test
    void aCommunityPromotionRequestMailsNoBoard() {
        String name = "Samarbejde " + UUID.randomUUID();
        send(CatalogTopics.PROMOTIONS, requested(name, "Til samarbejdet").replace("CROSS_MUNICIPAL", "COMMUNITY"));
        String control = "Kontrol " + UUID.randomUUID();
        send(CatalogTopics.PROMOTIONS, requested(control, "Kontrol"));

        assertThat(ReceivedMail.await(control, 2)).hasSize(2);
        assertThat(ReceivedMail.about(name)).isEmpty();
    }

    @Test
    void theRequesterHearsOfApprovalRejectionWithReasonAndPostponement() throws Exception {
        String approved = "Godkendt " + UUID.randomUUID();
        String rejected = "Afvist " + UUID.randomUUID();
        String postponed = "Udsat " + UUID.randomUUID();

        send(CatalogTopics.PROMOTIONS, decided(CatalogTopics.APPROVED, approved, "APPROVE", null));
        send(
                CatalogTopics.PROMOTIONS,
                decided(CatalogTopics.REJECTED, rejected, "REJECT", "Findes allerede som krav 17"));
        send(CatalogTopics.PROMOTIONS, decided(CatalogTopics.POSTPONED, postponed, "POSTPONE", "Afventer høring"));

        MimeMessage approval = ReceivedMail.await(approved, 1).getFirst();
        assertThat(approval.getSubject()).isEqualTo("Kravet \"" + approved + "\" er godkendt");
        assertThat(approval.getAllRecipients()[0].toString()).isEqualTo("rita@favrskov.example");
        assertThat(part(approval, "text/plain"))
                .contains("Kære Rita Redaktør")
                .contains("er godkendt af Karl Kravredaktør")
                .contains("https://anskaf.example/krav/1001");

        MimeMessage rejection = ReceivedMail.await(rejected, 1).getFirst();
        assertThat(rejection.getSubject()).isEqualTo("Kravet \"" + rejected + "\" er ikke godkendt");
        assertThat(part(rejection, "text/plain")).contains("Begrundelse:\nFindes allerede som krav 17");

        MimeMessage postponement = ReceivedMail.await(postponed, 1).getFirst();
        assertThat(postponement.getSubject()).isEqualTo("Behandlingen af \"" + postponed + "\" er udsat");
        assertThat(part(postponement, "text/plain")).contains("Afventer høring");
    }

    @Test
    void theBoardGetsOneDigestPerMemberListingTheAgenda() throws Exception {
        String first = "Dagsorden A " + UUID.randomUUID();
        String second = "Dagsorden B " + UUID.randomUUID();
        String event = """
                {"specversion":"1.0","id":"%s","source":"/anskaf/catalog-service",
                 "type":"dk.anskaf.catalog.board-meeting-scheduled.v1","subject":"m1","time":"2026-11-27T10:00:00Z",
                 "datacontenttype":"application/json","tenantid":"0710",
                 "data":{"meetingId":"%s","meetingDate":"2026-12-10","agenda":[
                   {"requestId":"%s","requirementId":11,"requirementName":"%s","municipalityTenantId":"0710","reason":"r"},
                   {"requestId":"%s","requirementId":12,"requirementName":"%s","municipalityTenantId":"0615","reason":"r"}]}}
                """.formatted(
                        UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), first, UUID.randomUUID(), second);

        send(CatalogTopics.BOARD_MEETINGS, event);

        List<MimeMessage> digests = ReceivedMail.await("Kravredaktionens møde 10. december 2026", 2).stream()
                .filter(m -> part(m, "text/plain").contains(first))
                .toList();
        assertThat(digests).hasSize(2);
        MimeMessage digest = digests.getFirst();
        assertThat(digest.getSubject()).isEqualTo("Kravredaktionens møde 10. december 2026: 2 anmodninger");
        assertThat(((InternetAddress) digest.getFrom()[0]).getPersonal()).isEqualTo("Kravredaktionen i Anskaf");
        assertThat(part(digest, "text/plain"))
                .contains("- 11 " + first + " (kommunekode 0710)")
                .contains("- 12 " + second + " (kommunekode 0615)");
    }

    private static void send(String topic, String event) {
        send(topic, "1001", event);
    }

    private static void send(String topic, String key, String event) {
        TopicProbe.send(Infrastructure.kafka(), topic, key, event);
    }

    private static void membership(UUID user, String tenant, String email, boolean member) {
        send(BoardMembershipListener.TOPIC, user.toString(), membershipEvent(user, tenant, email, member));
    }

    static String membershipEvent(UUID user, String tenant, String email, boolean member) {
        return """
                {"specversion":"1.0","id":"%s","source":"/anskaf/identity",
                 "type":"dk.anskaf.identity.board-membership-changed.v1","subject":"%s",
                 "time":"2026-11-27T10:00:00Z","datacontenttype":"application/json","tenantid":"%s",
                 "data":{"userId":"%s","tenantId":"%s","name":"Medlem %s","email":"%s","member":%s}}""".formatted(UUID.randomUUID(), user, tenant, user, tenant, tenant, email, member);
    }

    /** Waits until the board's known members are exactly these. */
    private void awaitBoard(String... emails) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        List<String> members = List.of();
        while (System.nanoTime() < deadline) {
            members = jdbc.sql("select email from board_member order by email")
                    .query(String.class)
                    .list();
            if (members.equals(List.of(emails))) {
                return;
            }
            ReceivedMail.sleep(Duration.ofMillis(100));
        }
        assertThat(members).containsExactly(emails);
    }

    private static List<String> recipients(List<MimeMessage> mails) {
        return mails.stream()
                .flatMap(m -> {
                    try {
                        return java.util.Arrays.stream(m.getAllRecipients());
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .map(Address::toString)
                .toList();
    }

    static String requested(String requirementName, String reason) {
        return """
                {"specversion":"1.0","id":"%s","source":"/anskaf/catalog-service",
                 "type":"dk.anskaf.catalog.requirement-promotion-requested.v1","subject":"1001",
                 "time":"2026-11-27T10:00:00Z","datacontenttype":"application/json","tenantid":"0710",
                 "data":{"requestId":"%s","requirementId":1001,"requirementName":"%s","category":"Drift, vedligehold og support",
                         "priority":"Krav","target":"CROSS_MUNICIPAL","reason":"%s","requestedByName":"Rita Redaktør",
                         "requestedByEmail":"rita@favrskov.example","municipalityName":"Favrskov Kommune",
                         "kommunekode":"0710","requestedAt":"2026-11-27T10:00:00Z"}}""".formatted(UUID.randomUUID(), UUID.randomUUID(), requirementName, reason);
    }

    private static String decided(String type, String requirementName, String decision, String reason) {
        return """
                {"specversion":"1.0","id":"%s","source":"/anskaf/catalog-service","type":"%s","subject":"1001",
                 "time":"2026-11-27T10:00:00Z","datacontenttype":"application/json","tenantid":"0710",
                 "data":{"requestId":"%s","requirementId":1001,"requirementName":"%s","decision":"%s","reason":%s,
                         "decidedByName":"Karl Kravredaktør","requestedByName":"Rita Redaktør",
                         "requestedByEmail":"rita@favrskov.example","municipalityTenantId":"0710",
                         "decidedAt":"2026-11-27T10:00:00Z"}}""".formatted(
                        UUID.randomUUID(),
                        type,
                        UUID.randomUUID(),
                        requirementName,
                        decision,
                        reason == null ? "null" : "\"" + reason + "\"");
    }
}
