package dk.anskaf.benchmarks;

import dk.anskaf.local.LocalStack;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Benchmark (not a test) of the catalogue at the scale of issue 4, against a running local stack:
 * seeds 98 municipalities x 500 local and 2,000 cross-municipal requirements straight into catalog's
 * database, times 1,000 search pages (100 rows) per search term as an editor of Favrskov,
 * then grows the cross-municipal catalogue to 50,000 and times the anonymous .xlsx export while
 * sampling the service's heap. Figures go to docs/benchmarks.md. Usage there.
 */
public final class CatalogBenchmark {

    private static final String CATALOG = "http://localhost:8081";
    private static final Pattern HEAP = Pattern.compile("jvm_memory_used_bytes\\{[^}]*area=\"heap\"[^}]*} ([0-9.E+]+)");

    public static void main(String[] args) throws Exception {
        String token = args[0];
        HttpClient http = HttpClient.newHttpClient();
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        try (Connection db = DriverManager.getConnection("jdbc:postgresql://localhost:15432/catalog", "postgres", "")) {
            if (requirements(db) < 51_000) {
                seed(db, 2_000, 98, 500);
            }
        }
        String list = CATALOG + "/api/v1/requirements?list=ALL&size=100&q=";
        // The page of issue 4 (common word with filters, as first measured), then one term per way a row can
        // match (issue #11 §4), ranked by relevance: common word, rare word, part of a compound, Krav id.
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("common word with filters", list + "data&categoryId=2&priority=NORMAL");
        pages.put("common word, relevance", list + "data&sort=RELEVANCE");
        pages.put("rare word, relevance", list + "medicinkort&sort=RELEVANCE");
        pages.put("compound part, relevance", list + "medicin&sort=RELEVANCE");
        pages.put("Krav id, relevance", list + "207&sort=RELEVANCE");
        for (Map.Entry<String, String> page : pages.entrySet()) {
            time(http, token, page.getKey(), page.getValue(), warmUp);
        }

        if (args.length > 2 && args[2].equals("search-only")) {
            return;
        }
        try (Connection db = DriverManager.getConnection("jdbc:postgresql://localhost:15432/catalog", "postgres", "")) {
            seed(db, 48_000, 0, 0);
        }
        AtomicLong peakHeap = new AtomicLong();
        long heapBefore = heap(http);
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peakHeap.accumulateAndGet(heap(http), Math::max);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        long start = System.nanoTime();
        HttpResponse<InputStream> export = get(http, CATALOG + "/api/v1/public/kravbank.xlsx", null);
        long bytes = export.body().readAllBytes().length;
        double seconds = (System.nanoTime() - start) / 1e9;
        sampler.interrupt();
        String csv = new String(
                get(http, CATALOG + "/api/v1/public/kravbank.csv", null).body().readAllBytes());
        long rows = csv.lines().count() - 1;
        System.out.printf(
                "export: %d cross-municipal rows (csv lines), xlsx %.1f s, %d KB, heap before %d MB, peak %d MB%n",
                rows, seconds, bytes / 1024, heapBefore >> 20, peakHeap.get() >> 20);
    }

    /** Steady state is what users meet; the JIT compiles the hot paths during the warm-up. */
    private static void time(HttpClient http, String token, String label, String page, int warmUp) throws Exception {
        for (int i = 0; i < warmUp; i++) {
            get(http, page, token).body().readAllBytes();
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            long start = System.nanoTime();
            HttpResponse<InputStream> response = get(http, page, token);
            response.body().readAllBytes();
            millis.add((System.nanoTime() - start) / 1e6);
            // A quick 401 (expired token) or 400 would pass for a fast search.
            if (response.statusCode() != 200) {
                throw new IllegalStateException(label + ": HTTP " + response.statusCode());
            }
        }
        Collections.sort(millis);
        System.out.printf(
                "search page (%s): p50=%.1f ms p99=%.1f ms max=%.1f ms%n",
                label, millis.get(499), millis.get(989), millis.getLast());
    }

    private static long requirements(Connection db) throws Exception {
        try (Statement sql = db.createStatement();
                var rows = sql.executeQuery("select count(*) from requirement")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Inserts as the schema's owner in an explicit cross-tenant step, the way the seed migration does. */
    private static void seed(Connection db, int crossMunicipal, int municipalities, int perMunicipality)
            throws Exception {
        try (Statement sql = db.createStatement()) {
            sql.execute("begin");
            sql.execute("select set_config('app.cross_tenant', 'on', true)");
            sql.execute("""
                    insert into requirement (owner_kind, name, description, rationale, category_id, priority, all_domains,
                                             created_by, updated_by)
                    select 'CROSS_MUNICIPAL', 'Benchmark krav ' || g || ' om data og drift',
                           'Løsningen skal håndtere data nr. ' || g || ' sikkert og dokumenteret.', 'Rationale ' || g,
                           1 + mod(g, 7), (array['OPTIONAL','NORMAL','HIGH','ABSOLUTE'])[1 + mod(g, 4)], true, 'benchmark', 'benchmark'
                    from generate_series(1, %d) g
                    """.formatted(crossMunicipal));
            if (municipalities > 0) {
                sql.execute("""
                        insert into requirement (owner_kind, tenant_id, name, description, category_id, priority, all_domains,
                                                 created_by, updated_by)
                        select 'MUNICIPALITY', lpad((100 + m)::text, 4, '0'), 'Lokalt krav ' || g || ' om data',
                               'Kommunens eget krav nr. ' || g, 1 + mod(g, 7), (array['OPTIONAL','NORMAL','HIGH','ABSOLUTE'])[1 + mod(g, 4)],
                               true, 'benchmark', 'benchmark'
                        from generate_series(1, %d) m, generate_series(1, %d) g
                        """.formatted(municipalities, perMunicipality));
                // Favrskov, the municipality the searches run as, gets its 500 too.
                sql.execute("""
                        insert into requirement (owner_kind, tenant_id, name, description, category_id, priority, all_domains,
                                                 created_by, updated_by)
                        select 'MUNICIPALITY', '0710', 'Favrskov krav ' || g || ' om data', 'Favrskovs krav nr. ' || g,
                               1 + mod(g, 7), (array['OPTIONAL','NORMAL','HIGH','ABSOLUTE'])[1 + mod(g, 4)], true, 'benchmark', 'benchmark'
                        from generate_series(1, %d) g
                        """.formatted(perMunicipality));
            }
            sql.execute("commit");
            // What autovacuum does soon after a bulk load in production: without it every page read pays
            // for setting hint bits and the visibility map is empty, which is not the steady state.
            sql.execute("vacuum analyze requirement");
        }
    }

    private static String metricsToken;

    /** Metrics are for the operator only; the local run's metrics client has that role (fetched once). */
    private static synchronized String metricsToken() {
        if (metricsToken == null) {
            metricsToken = LocalStack.demoMetricsToken("http://localhost:9000");
        }
        return metricsToken;
    }

    private static HttpResponse<InputStream> get(HttpClient http, String url, String token) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static long heap(HttpClient http) {
        try {
            String metrics = new String(get(http, CATALOG + "/actuator/prometheus", metricsToken())
                    .body()
                    .readAllBytes());
            Matcher matcher = HEAP.matcher(metrics);
            double sum = 0;
            while (matcher.find()) {
                sum += Double.parseDouble(matcher.group(1));
            }
            return (long) sum;
        } catch (Exception e) {
            return 0;
        }
    }
}
