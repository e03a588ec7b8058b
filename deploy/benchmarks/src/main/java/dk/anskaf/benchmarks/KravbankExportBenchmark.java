package dk.anskaf.benchmarks;

import dk.anskaf.local.CatalogueAtSize;
import dk.anskaf.local.LocalStack;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Benchmark (not a test) of the kravbank download at the size of issue 12, against a running local stack:
 * grows the cross-municipal catalogue to {@code rows} requirements with texts of realistic length and
 * shape (about 650 characters of Danish requirement prose over several lines, generated here), then
 * downloads the anonymous export directly from catalog-service and through the gateway, one at a time
 * and four at once, and reports per download the time to the first body byte and the total time, and
 * the growth of catalog-service's heap (Prometheus {@code jvm_memory_used_bytes{area="heap"}}, sampled
 * every 50 ms: peak minus the value before). Usage in docs/benchmarks.md.
 *
 * <p>Arguments: {@code [rows=50000] [format=xlsx] [runs=3]}.
 */
public final class KravbankExportBenchmark {

    private static final String CATALOG = "http://localhost:8081";
    private static final String GATEWAY = "http://localhost:8080";
    private static final Pattern HEAP = Pattern.compile("jvm_memory_used_bytes\\{[^}]*area=\"heap\"[^}]*} ([0-9.E+]+)");

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        String format = args.length > 1 ? args[1] : "xlsx";
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        try (Connection db = DriverManager.getConnection("jdbc:postgresql://localhost:15432/catalog", "postgres", "")) {
            CatalogueAtSize.seed(db, rows);
        }
        HttpClient http = HttpClient.newHttpClient();
        String path = "/api/v1/public/kravbank." + format;
        // Warm-up: the JIT compiles the export's hot paths; the figures are for a warm service.
        for (int i = 0; i < 2; i++) {
            download(http, CATALOG + path);
        }
        for (String base : List.of(CATALOG, GATEWAY)) {
            for (int concurrent : List.of(1, 4)) {
                for (int run = 1; run <= runs; run++) {
                    measure(http, base, path, concurrent, run);
                }
            }
        }
    }

    private static void measure(HttpClient http, String base, String path, int concurrent, int run) throws Exception {
        List<Download> downloads = new ArrayList<>();
        long before;
        long growth;
        try (HeapSampler heap = new HeapSampler();
                ExecutorService clients = Executors.newFixedThreadPool(concurrent)) {
            before = heap.before;
            List<Future<Download>> running = new ArrayList<>();
            for (int i = 0; i < concurrent; i++) {
                running.add(clients.submit((Callable<Download>) () -> download(http, base + path)));
            }
            for (Future<Download> download : running) {
                downloads.add(download.get());
            }
            growth = heap.growth();
        }
        for (Download d : downloads) {
            System.out.printf(
                    "%s %s x%d run %d: HTTP %d, first byte %.0f ms, total %.2f s, %d KB, heap before %d MB, growth %d MB%n",
                    base.equals(CATALOG) ? "direct " : "gateway",
                    path,
                    concurrent,
                    run,
                    d.status(),
                    d.firstByteMillis(),
                    d.totalSeconds(),
                    d.bytes() / 1024,
                    before >> 20,
                    growth >> 20);
        }
    }

    record Download(int status, double firstByteMillis, double totalSeconds, long bytes) {}

    private static Download download(HttpClient http, String url) throws Exception {
        long start = System.nanoTime();
        HttpResponse<InputStream> response =
                http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            int first = body.read();
            double firstByte = (System.nanoTime() - start) / 1e6;
            long bytes = first < 0 ? 0 : 1 + body.transferTo(java.io.OutputStream.nullOutputStream());
            return new Download(response.statusCode(), firstByte, (System.nanoTime() - start) / 1e9, bytes);
        }
    }

    /**
     * catalog-service's heap ({@code jvm_memory_used_bytes{area="heap"}}, all pools) every 50 ms from
     * Prometheus, with the operator token of the local run's metrics client, until closed.
     */
    static final class HeapSampler implements AutoCloseable {

        private final HttpRequest scrape = HttpRequest.newBuilder(URI.create(CATALOG + "/actuator/prometheus"))
                .header("Authorization", "Bearer " + LocalStack.demoMetricsToken("http://localhost:9000"))
                .build();
        private final HttpClient http = HttpClient.newHttpClient();
        private final AtomicLong peak = new AtomicLong();
        private final Thread thread;
        final long before;

        HeapSampler() {
            before = sample();
            thread = Thread.ofPlatform().daemon().start(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    peak.accumulateAndGet(sample(), Math::max);
                    LockSupport.parkNanos(50_000_000);
                }
            });
        }

        /** Peak minus the heap before the downloads started. */
        long growth() {
            return Math.max(0, peak.get() - before);
        }

        private long sample() {
            try {
                Matcher pools = HEAP.matcher(
                        http.send(scrape, HttpResponse.BodyHandlers.ofString()).body());
                return pools.results()
                        .mapToLong(pool -> (long) Double.parseDouble(pool.group(1)))
                        .sum();
            } catch (Exception unavailable) {
                return 0;
            }
        }

        @Override
        public void close() {
            thread.interrupt();
        }
    }
}
