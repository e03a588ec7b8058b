package dk.anskaf.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Benchmark (not a test): against a running local stack, creates N requirements, requests promotion of
 * each, waits for the board's mails, and reports commit-to-mail latency: from the outbox row's commit
 * time in catalog's database to the SMTP server's acceptance time recorded in notification's database
 * (one PostgreSQL server, so one clock). Usage: see docs/benchmarks.md.
 */
public final class PromotionLatencyBenchmark {

    public static void main(String[] args) throws Exception {
        String token = args[0];
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        HttpClient http = HttpClient.newHttpClient();
        String marker = "bench-" + System.currentTimeMillis();
        for (int i = 0; i < count; i++) {
            String created = post(http, token, "/api/v1/requirements", """
                    {"name":"%s %d","description":"Benchmark","categoryId":1,"priority":"NORMAL","allDomains":true}""".formatted(marker, i));
            String id = created.replaceAll(".*\"id\":(\\d+).*", "$1");
            post(http, token, "/api/v1/requirements/" + id + "/promotion-requests", "{\"reason\":\"Benchmark\"}");
            // Spread requests out so each one measures an idle pipeline rather than a queue.
            Thread.sleep(20);
        }
        Map<String, Long> committed = new HashMap<>();
        try (Connection catalog =
                DriverManager.getConnection("jdbc:postgresql://localhost:15432/catalog", "postgres", "")) {
            ResultSet rs = catalog.createStatement()
                    .executeQuery(
                            "select event_id, extract(epoch from created_at) * 1000000 from outbox_event where payload like '%"
                                    + marker + "%'");
            while (rs.next()) {
                committed.put(rs.getString(1), rs.getLong(2));
            }
        }
        List<Double> latencies = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (latencies.size() < committed.size() && System.nanoTime() < deadline) {
            latencies.clear();
            try (Connection notification =
                    DriverManager.getConnection("jdbc:postgresql://localhost:15432/notification", "postgres", "")) {
                ResultSet rs = notification
                        .createStatement()
                        .executeQuery(
                                "select event_id, extract(epoch from sent_at) * 1000000 from mail_message where status = 'SENT'");
                while (rs.next()) {
                    Long start = committed.get(rs.getString(1));
                    if (start != null) {
                        latencies.add((rs.getLong(2) - start) / 1000.0);
                    }
                }
            }
            Thread.sleep(500);
        }
        Collections.sort(latencies);
        System.out.printf(
                "requests=%d mails=%d median=%.1f ms p99=%.1f ms max=%.1f ms%n",
                committed.size(),
                latencies.size(),
                latencies.get(latencies.size() / 2),
                latencies.get((int) Math.ceil(latencies.size() * 0.99) - 1),
                latencies.getLast());
    }

    private static String post(HttpClient http, String token, String path, String body) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:8081" + path))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(path + " -> " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }
}
