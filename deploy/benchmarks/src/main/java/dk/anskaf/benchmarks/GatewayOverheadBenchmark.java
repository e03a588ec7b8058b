package dk.anskaf.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Benchmark (not a test) of what the gateway adds to a cheap API call (issue 12): {@code GET
 * /api/v1/classifications} with a bearer token, straight to catalog-service and through the gateway,
 * with 1 and with 16 connections (one keep-alive HTTP/1.1 connection per worker). Each pair runs after
 * a warm-up of both, alternating direct and gateway rounds so a busy machine hurts both alike, and
 * reports requests/s, p50 and p99 per round and the gateway's share of direct throughput and its added
 * p50. Targets: through the gateway at least 0.7 of direct, added p50 at most 1 ms. Any answer but 200
 * (a 429 from the rate limit, an expired token) stops the run. Usage in docs/benchmarks.md.
 *
 * <p>Arguments: token, [seconds per round, default 20], [gateway URL, default http://localhost:8080],
 * [catalog URL, default http://localhost:8081].
 */
public final class GatewayOverheadBenchmark {

    private static final String PATH = "/api/v1/classifications";
    private static final int ROUNDS = 2;

    public static void main(String[] args) throws Exception {
        String token = args[0];
        Duration round = Duration.ofSeconds(args.length > 1 ? Integer.parseInt(args[1]) : 20);
        String gateway = args.length > 2 ? args[2] : "http://localhost:8080";
        String catalog = args.length > 3 ? args[3] : "http://localhost:8081";
        for (int connections : new int[] {1, 16}) {
            run(catalog, token, connections, round.dividedBy(2));
            run(gateway, token, connections, round.dividedBy(2));
            List<Result> direct = new ArrayList<>();
            List<Result> through = new ArrayList<>();
            for (int i = 0; i < ROUNDS; i++) {
                direct.add(report("direct ", connections, run(catalog, token, connections, round)));
                through.add(report("gateway", connections, run(gateway, token, connections, round)));
            }
            Result d = Result.best(direct);
            Result g = Result.best(through);
            System.out.printf(
                    "%2d connection(s): gateway/direct throughput %.2f (target >= 0.70), added p50 %.2f ms (target <= 1 ms),"
                            + " added p99 %.2f ms%n",
                    connections, g.perSecond() / d.perSecond(), g.p50() - d.p50(), g.p99() - d.p99());
        }
    }

    private static Result report(String label, int connections, Result result) {
        System.out.printf(
                "%s %2d connection(s): %8.1f req/s  p50 %6.2f ms  p99 %6.2f ms  (%d requests)%n",
                label, connections, result.perSecond(), result.p50(), result.p99(), result.requests());
        return result;
    }

    private static Result run(String base, String token, int connections, Duration duration) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + PATH))
                .header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(10))
                .build();
        long end = System.nanoTime() + duration.toNanos();
        long start = System.nanoTime();
        List<Double> millis = new ArrayList<>();
        try (ExecutorService workers = Executors.newFixedThreadPool(connections)) {
            List<Future<List<Double>>> results = new ArrayList<>();
            for (int i = 0; i < connections; i++) {
                results.add(workers.submit(() -> worker(request, end)));
            }
            for (Future<List<Double>> result : results) {
                millis.addAll(result.get());
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Collections.sort(millis);
        return new Result(millis.size(), millis.size() / seconds, millis.get(millis.size() / 2), millis.get((int)
                (millis.size() * 0.99)));
    }

    /** One client per worker: exactly one kept-alive connection each, as a load tool's connection. */
    private static List<Double> worker(HttpRequest request, long end) throws Exception {
        List<Double> millis = new ArrayList<>();
        try (HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            while (System.nanoTime() < end) {
                long start = System.nanoTime();
                HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                millis.add((System.nanoTime() - start) / 1e6);
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(request.uri() + ": HTTP " + response.statusCode()
                            + " (a 429 means the gateway's rate limit is below the benchmark's rate; see"
                            + " docs/benchmarks.md)");
                }
            }
        }
        return millis;
    }

    record Result(int requests, double perSecond, double p50, double p99) {

        /** The round least disturbed by the machine's other work. */
        static Result best(List<Result> rounds) {
            return rounds.stream()
                    .max((a, b) -> Double.compare(a.perSecond(), b.perSecond()))
                    .orElseThrow();
        }
    }
}
