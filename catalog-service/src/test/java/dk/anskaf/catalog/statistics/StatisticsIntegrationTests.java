package dk.anskaf.catalog.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.catalog.CatalogApi;
import dk.anskaf.platform.test.infra.Infrastructure;
import dk.anskaf.platform.test.kafka.TopicProbe;
import dk.anskaf.platform.test.spring.AnskafIntegrationTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@AnskafIntegrationTest
class StatisticsIntegrationTests {

    @LocalServerPort
    int port;

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void theFrontPageCountsDownloadsAndOnboardedMunicipalitiesWithoutLogin() throws Exception {
        CatalogApi api = new CatalogApi(port);
        JsonNode before = statistics(api);
        api.getBytes("/api/v1/public/kravbank.csv", null);
        String event = """
                {"specversion":"1.0","id":"%s","source":"/anskaf/identity","type":"dk.anskaf.identity.tenant-registered.v1",
                 "subject":"0101","time":"2026-11-27T10:00:00Z","datacontenttype":"application/json","tenantid":"0101",
                 "data":{"tenantId":"0101","kommunekode":"0101","name":"København","officialName":"Københavns Kommune","slug":"koebenhavn"}}""".formatted(UUID.randomUUID());
        TopicProbe.send(Infrastructure.kafka(), TenantRegisteredListener.TOPIC, "0101", event);
        TopicProbe.send(Infrastructure.kafka(), TenantRegisteredListener.TOPIC, "0101", event);

        JsonNode after = before;
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (after.get("municipalitiesConnected").asLong()
                        == before.get("municipalitiesConnected").asLong()
                && System.nanoTime() < deadline) {
            Thread.sleep(200);
            after = statistics(api);
        }

        assertThat(after.get("kravbankDownloadsLast3Months").asLong())
                .isEqualTo(before.get("kravbankDownloadsLast3Months").asLong() + 1);
        assertThat(after.get("municipalitiesConnected").asLong())
                .isEqualTo(before.get("municipalitiesConnected").asLong() + 1);
        assertThat(after.get("dialoguesLast3Months").asLong()).isZero();
        assertThat(after.has("recentlyChanged")).isTrue();
    }

    private JsonNode statistics(CatalogApi api) {
        var response = api.get("/api/v1/public/statistics", null);
        assertThat(response.statusCode()).isEqualTo(200);
        return json.readTree(response.body());
    }
}
