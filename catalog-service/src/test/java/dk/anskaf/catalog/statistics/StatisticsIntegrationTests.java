package dk.anskaf.catalog.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.platform.test.api.ApiClient;
import dk.anskaf.platform.test.infra.Infrastructure;
import dk.anskaf.platform.test.kafka.TopicProbe;
import dk.anskaf.platform.test.spring.AnskafIntegrationTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The front page's counters. "Tilsluttede kommuner" counts municipalities that are onboarded and have
 * an active user, as identity's tenant-changed events state them. Each test sends its events with one
 * record key, so they arrive in order, and ends with a control event whose effect shows that everything
 * before it was processed.
 */
@AnskafIntegrationTest
class StatisticsIntegrationTests {

    @Autowired
    ApiClient api;

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void theFrontPageCountsDownloadsWithoutLogin() {
        long before = statistics(api).get("kravbankDownloadsLast3Months").asLong();

        api.getBytes("/api/v1/public/kravbank.csv", null);

        JsonNode after = statistics(api);
        assertThat(after.get("kravbankDownloadsLast3Months").asLong()).isEqualTo(before + 1);
        assertThat(after.has("dialoguesLast3Months")).isTrue();
        assertThat(after.has("suppliersConnected")).isTrue();
        assertThat(after.has("recentlyChanged")).isTrue();
    }

    @Test
    void onlyAnOnboardedMunicipalityWithAnActiveUserIsConnected() throws Exception {
        long before = connected(api);
        String key = "statistics-" + UUID.randomUUID();

        send(key, tenantChanged("0101", "MUNICIPALITY", false, 0));
        send(key, tenantChanged("0147", "MUNICIPALITY", true, 0)); // onboarded, nobody can use it yet
        send(key, tenantChanged("0151", "MUNICIPALITY", false, 3)); // users, but it cannot log in
        send(key, tenantChanged("operator", "OPERATOR", true, 1)); // not a municipality
        send(key, registered("0153")); // the older event alone connects nothing
        send(key, tenantChanged("0155", "MUNICIPALITY", true, 2)); // control: connected

        assertThat(awaitConnected(api, before + 1)).isEqualTo(before + 1);

        send(key, tenantChanged("0147", "MUNICIPALITY", true, 1)); // its first user
        assertThat(awaitConnected(api, before + 2)).isEqualTo(before + 2);

        send(key, tenantChanged("0155", "MUNICIPALITY", true, 0)); // its last user deactivated
        assertThat(awaitConnected(api, before + 1)).isEqualTo(before + 1);
    }

    @Test
    void aStateReceivedTwiceOrPublishedAgainCountsOnce() throws Exception {
        long before = connected(api);
        String key = "statistics-" + UUID.randomUUID();
        String favrskov = tenantChanged("0710", "MUNICIPALITY", true, 6);

        send(key, favrskov);
        send(key, favrskov); // redelivered: same event id
        send(key, tenantChanged("0710", "MUNICIPALITY", true, 7)); // published again with a new id
        send(key, tenantChanged("0727", "MUNICIPALITY", true, 1)); // control

        assertThat(awaitConnected(api, before + 2)).isEqualTo(before + 2);
        Thread.sleep(1000);
        assertThat(connected(api)).isEqualTo(before + 2);
    }

    private static String tenantChanged(String tenant, String kind, boolean onboarded, long activeUsers) {
        return """
                {"specversion":"1.0","id":"%s","source":"/anskaf/identity","type":"dk.anskaf.identity.tenant-changed.v1",
                 "subject":"%s","time":"2026-11-27T10:00:00Z","datacontenttype":"application/json","tenantid":"%s",
                 "data":{"tenantId":"%s","kind":"%s","kommunekode":"%s","name":"N","officialName":"N Kommune",
                         "slug":"n","onboarded":%s,"activeUsers":%d}}""".formatted(UUID.randomUUID(), tenant, tenant, tenant, kind, tenant, onboarded, activeUsers);
    }

    private static String registered(String tenant) {
        return """
                {"specversion":"1.0","id":"%s","source":"/anskaf/identity","type":"dk.anskaf.identity.tenant-registered.v1",
                 "subject":"%s","time":"2026-11-27T10:00:00Z","datacontenttype":"application/json","tenantid":"%s",
                 "data":{"tenantId":"%s","kommunekode":"%s","name":"N","officialName":"N Kommune","slug":"n"}}""".formatted(UUID.randomUUID(), tenant, tenant, tenant, tenant);
    }

    private static void send(String key, String event) {
        TopicProbe.send(Infrastructure.kafka(), TenantChangedListener.TOPIC, key, event);
    }

    private long awaitConnected(ApiClient api, long expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        long now = connected(api);
        while (now != expected && System.nanoTime() < deadline) {
            Thread.sleep(200);
            now = connected(api);
        }
        return now;
    }

    private long connected(ApiClient api) {
        return statistics(api).get("municipalitiesConnected").asLong();
    }

    private JsonNode statistics(ApiClient api) {
        var response = api.get("/api/v1/public/statistics", null);
        assertThat(response.statusCode()).isEqualTo(200);
        return json.readTree(response.body());
    }
}
