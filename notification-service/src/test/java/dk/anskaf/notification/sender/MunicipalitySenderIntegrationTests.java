package dk.anskaf.notification.sender;

import static dk.anskaf.notification.NotificationApi.user;
import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.notification.ReceivedMail;
import dk.anskaf.platform.test.api.ApiClient;
import dk.anskaf.platform.test.infra.Infrastructure;
import dk.anskaf.platform.test.kafka.TopicProbe;
import dk.anskaf.platform.test.spring.AnskafIntegrationTest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@AnskafIntegrationTest
class MunicipalitySenderIntegrationTests {

    @Autowired
    ApiClient api;

    @Test
    void theNameComesFromIdentityAndTheContactAddressFromTheAdministrator() {
        // Identity publishes every municipality's state, also one it has not onboarded yet (seeded data).
        TopicProbe.send(Infrastructure.kafka(), "anskaf.identity.tenants", "0740", """
                {"specversion":"1.0","id":"%s","source":"/anskaf/identity","type":"dk.anskaf.identity.tenant-changed.v1",
                 "subject":"0740","time":"2026-11-27T10:00:00Z","datacontenttype":"application/json","tenantid":"0740",
                 "data":{"tenantId":"0740","kind":"MUNICIPALITY","kommunekode":"0740","name":"Silkeborg",
                         "officialName":"Silkeborg Kommune","slug":"silkeborg","onboarded":false,"activeUsers":0}}""".formatted(UUID.randomUUID()));
        String admin = user("0740", "Silkeborg", "administrator");
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!api.get("/api/v1/mail-settings", admin).body().contains("Silkeborg Kommune")
                && System.nanoTime() < deadline) {
            ReceivedMail.sleep(Duration.ofMillis(100));
        }

        HttpResponse<String> saved =
                api.put("/api/v1/mail-settings", admin, "{\"contactEmail\":\"indkoeb@silkeborg.example\"}");

        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(saved.body())
                .isEqualTo(
                        "{\"municipalityName\":\"Silkeborg Kommune\",\"contactEmail\":\"indkoeb@silkeborg.example\"}");
        assertThat(api.get("/api/v1/mail-settings", user("0741", "Samsø", "administrator"))
                        .body())
                .isEqualTo("{\"municipalityName\":null,\"contactEmail\":null}");
    }

    @Test
    void aHostileOrMissingAddressIsRefusedAndOnlyTheAdministratorMayChangeIt() {
        String admin = user("0746", "Skanderborg", "administrator");

        for (String bad : new String[] {
            "\"a@b.example\\r\\nBcc: c@d.example\"", "\"Navn <a@b.example>\"", "\"ikke en adresse\"", "null"
        }) {
            HttpResponse<String> refused = api.put("/api/v1/mail-settings", admin, "{\"contactEmail\":" + bad + "}");
            assertThat(refused.statusCode()).as(bad).isEqualTo(400);
            assertThat(refused.body()).contains("\"field\":\"contactEmail\"");
        }
        assertThat(api.put(
                                "/api/v1/mail-settings",
                                user("0746", "Skanderborg", "editor"),
                                "{\"contactEmail\":\"a@b.example\"}")
                        .statusCode())
                .isEqualTo(403);
        assertThat(api.put("/api/v1/mail-settings", admin, "{not json").statusCode())
                .isEqualTo(400);
        assertThat(api.get("/api/v1/mail-settings", admin).body()).contains("\"contactEmail\":null");
    }
}
