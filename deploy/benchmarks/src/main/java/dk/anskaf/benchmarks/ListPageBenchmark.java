package dk.anskaf.benchmarks;

import dk.anskaf.local.LocalStack;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Benchmark (not a test) of the requirement list pages at real size (issue #12), against a running local
 * stack: grows catalog's table to the given number of realistic requirements ({@link BenchmarkCatalogue}),
 * then requests each query shape (no filter, a common word, a rare word, filters, each sort) as Favrskov's
 * API client, through the gateway and straight to catalog-service, over 1 and over 16 connections, and
 * prints requests per second, p50 and p99. With {@code explain} it prints instead {@code EXPLAIN (ANALYZE,
 * BUFFERS)} of each shape's count and page query as the app role with Favrskov set, as the service sends
 * them (written out here with the values in place; {@code RequirementQuery} builds them). Usage in
 * docs/benchmarks.md.
 */
public final class ListPageBenchmark {

    private static final String GATEWAY = "http://localhost:8080";
    private static final String CATALOG = "http://localhost:8081";
    private static final String TENANT = "0710";
    private static final int COUNTED_AT_MOST = 10_000;
    private static final int RANKED_AT_MOST = 1_000;

    /** One list page as the API is asked for it, and the conditions and order the service makes of it. */
    record Shape(String label, String query, String where, String order, String rank) {

        static Shape of(String label, String query, String where, String order) {
            return new Shape(label, query, where, order, null);
        }
    }

    private static final String ALL = "r.deleted_at is null and (r.owner_kind in ('CROSS_MUNICIPAL', 'COMMUNITY')"
            + " or r.tenant_id = '" + TENANT + "')";
    private static final String CROSS = "r.owner_kind = 'CROSS_MUNICIPAL' and r.deleted_at is null";

    static final List<Shape> SHAPES = List.of(
            Shape.of("cross-municipal, no filter, by id", "list=CROSS_MUNICIPAL", CROSS, "r.id asc"),
            Shape.of("all, no filter, by id", "list=ALL", ALL, "r.id asc"),
            Shape.of("all, by name", "list=ALL&sort=NAME", ALL, "r.name asc, r.id asc"),
            Shape.of("all, by name desc", "list=ALL&sort=NAME&descending=true", ALL, "r.name desc, r.id desc"),
            Shape.of("all, by updated", "list=ALL&sort=UPDATED", ALL, "r.updated_at asc, r.id asc"),
            Shape.of("all, by priority", "list=ALL&sort=PRIORITY", ALL, "r.priority_rank asc, r.id asc"),
            Shape.of("all, by category", "list=ALL&sort=CATEGORY", ALL, "r.category_path asc, r.id asc"),
            Shape.of(
                    "filters (category 2, NORMAL)",
                    "list=ALL&categoryId=2&priority=NORMAL",
                    ALL + " and r.category_id = 2 and r.priority = 'NORMAL'",
                    "r.id asc"),
            Shape.of("common word", "list=ALL&q=kommunen", ALL + " and " + text("kommunen"), "r.id asc"),
            new Shape(
                    "common word, relevance",
                    "list=ALL&q=kommunen&sort=RELEVANCE",
                    ALL + " and " + text("kommunen"),
                    "r.id asc",
                    "kommunen"),
            new Shape(
                    "rare word, relevance",
                    "list=ALL&q=medicinkort&sort=RELEVANCE",
                    ALL + " and " + text("medicinkort"),
                    "r.id asc",
                    "medicinkort"),
            Shape.of(
                    "issue 4 page: data with filters",
                    "list=ALL&q=data&categoryId=2&priority=NORMAL",
                    ALL + " and " + text("data") + " and r.category_id = 2 and r.priority = 'NORMAL'",
                    "r.id asc"));

    private ListPageBenchmark() {}

    /**
     * Arguments: the number of requirements to grow the catalogue to (10000, 51000), then {@code explain}
     * or the measurement: requests per run (default 500) and warm-up requests per shape (default 300).
     */
    public static void main(String[] args) throws Exception {
        int size = Integer.parseInt(args[0]);
        try (Connection db = DriverManager.getConnection(BenchmarkCatalogue.URL, "postgres", "")) {
            BenchmarkCatalogue.growTo(db, size);
            System.out.printf("catalogue: %d requirements%n", BenchmarkCatalogue.count(db));
            if (args.length > 1 && args[1].equals("explain")) {
                explain(db);
                return;
            }
        }
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        System.out.println("| Shape | Via | Connections | req/s | p50 ms | p99 ms | non-200 |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (Shape shape : SHAPES) {
            for (String via : List.of(GATEWAY, CATALOG)) {
                String token = LocalStack.demoApiToken("http://localhost:9000");
                String url = via + "/api/v1/requirements?size=100&" + shape.query();
                run(http, url, token, 16, warmUp);
                for (int connections : List.of(1, 16)) {
                    Result result = run(http, url, token, connections, requests);
                    System.out.printf(
                            "| %s | %s | %d | %.0f | %.1f | %.1f | %d |%n",
                            shape.label(),
                            via.equals(GATEWAY) ? "gateway" : "direct",
                            connections,
                            result.perSecond(),
                            result.p50(),
                            result.p99(),
                            result.failed());
                }
            }
        }
    }

    record Result(double perSecond, double p50, double p99, int failed) {}

    /** {@code requests} requests over {@code connections} concurrent clients, each waiting for its answer. */
    private static Result run(HttpClient http, String url, String token, int connections, int requests)
            throws Exception {
        List<Double> millis = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger left = new AtomicInteger(requests);
        AtomicInteger failed = new AtomicInteger();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .build();
        long start = System.nanoTime();
        try (ExecutorService clients = Executors.newFixedThreadPool(connections)) {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < connections; c++) {
                running.add(clients.submit(() -> {
                    while (left.getAndDecrement() > 0) {
                        long begun = System.nanoTime();
                        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        millis.add((System.nanoTime() - begun) / 1e6);
                        // A quick 401, 400 or 429 would pass for a fast page: counted and shown.
                        if (response.statusCode() != 200) {
                            failed.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return new Result(
                requests / seconds,
                sorted.get(sorted.size() / 2),
                sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1),
                failed.get());
    }

    /** The plans as the service gets them: the app role (row-level security applies), Favrskov set. */
    private static void explain(Connection db) throws Exception {
        try (Statement sql = db.createStatement()) {
            sql.execute("set role catalog_app");
            sql.execute("select set_config('app.tenant_id', '" + TENANT + "', false)");
            sql.execute("select set_config('app.roles', 'editor', false)");
            for (Shape shape : SHAPES) {
                String count = "select count(*) from (select 1 from requirement r where " + shape.where() + " limit "
                        + (COUNTED_AT_MOST + 1) + ") capped";
                long matches = single(sql, count);
                String order = shape.rank() != null && matches <= RANKED_AT_MOST
                        ? "(r.search @@ websearch_to_tsquery('danish', '" + shape.rank() + "')) desc, ts_rank(r.search,"
                                + " websearch_to_tsquery('danish', '" + shape.rank() + "')) desc, r.id"
                        : shape.order();
                String page = "select r.id, r.owner_kind, r.tenant_id, r.community_id, r.name, r.description,"
                        + " r.rationale, r.category_id, (select c.name from category c where c.id = r.category_id)"
                        + " as category_name, r.sub_category_id, (select s.name from sub_category s where s.id ="
                        + " r.sub_category_id) as sub_category_name, r.priority, r.domain_ids, r.all_domains,"
                        + " r.filter_ids, r.all_filters, r.principle_ids, r.interpretation, r.stakeholders, r.notes,"
                        + " r.elaboration_required, r.saas, r.on_premise, r.updated_at, r.updated_by, r.deleted_at,"
                        + " r.version from requirement r where " + shape.where() + " order by " + order
                        + " limit 100 offset 0";
                System.out.printf(
                        "%n#### %s (`%s`), %d matches counted%n%n```%n", shape.label(), shape.query(), matches);
                print(sql, "explain (analyze, buffers) " + count);
                System.out.println();
                print(sql, "explain (analyze, buffers) " + page);
                System.out.println("```");
            }
        }
    }

    private static String text(String word) {
        return "(r.search @@ websearch_to_tsquery('danish', '" + word + "') or (r.search_text like lower('%" + word
                + "%')))";
    }

    private static long single(Statement sql, String query) throws Exception {
        try (ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void print(Statement sql, String query) throws Exception {
        try (ResultSet rows = sql.executeQuery(query)) {
            while (rows.next()) {
                System.out.println(rows.getString(1));
            }
        }
    }
}
