package dk.anskaf.benchmarks;

import dk.anskaf.local.LocalStack;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Benchmark (not a test) of the comparison (issue #15) against a running local stack, all through the
 * gateway: the deadline rush's purchaser makes a dialogue of R requirements (the catalogue's texts by the
 * guided questions and the candidate list, then free text of a real requirement's length) and invites S
 * organisations; each contact signs in by its mail's link and answers every requirement through the
 * supplier API (the rush's mix of choices, elaborations and prices, {@link DeadlineRush.Rush}) and
 * finishes. Then, as Favrskov's purchaser signed in through identity's pages ({@link PurchaserSignIn}),
 * times one request after another: the portal page {@code /markedsdialoger/{id}/sammenligning}, the
 * {@code comparison.xlsx} download (time to the last byte, and its size), and the all-answers PDF
 * {@code /api/v1/dialogues/{id}/answers.pdf} ("not available" when the service answers 404). Prints p50,
 * p99 and max of each. Usage in docs/benchmarks.md.
 *
 * <p>Arguments: [suppliers, default 10] [requirements, default 300] [page requests, default 200] [file
 * requests, default 30] [gateway, default http://localhost:8080] [identity, default http://localhost:9000]
 * [mail viewer, default http://localhost:8025].
 */
public final class ComparisonBenchmark {

    private ComparisonBenchmark() {}

    public static void main(String[] args) throws Exception {
        int suppliers = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int requirements = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        int pageRequests = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        int fileRequests = args.length > 3 ? Integer.parseInt(args[3]) : 30;
        String gateway = args.length > 4 ? args[4] : "http://localhost:8080";
        String identity = args.length > 5 ? args[5] : "http://localhost:9000";
        String mailViewer = args.length > 6 ? args[6] : "http://localhost:8025";
        String marker = Long.toString(System.currentTimeMillis(), 36);

        try (HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build()) {
            RushHttp http = new RushHttp(client);
            OffsetDateTime deadline =
                    OffsetDateTime.now(ZoneId.of("Europe/Copenhagen")).plusHours(2);
            RushPurchaser purchaser = new RushPurchaser(http, gateway, LocalStack.demoApiToken(identity));
            long dialogue = purchaser.createAndActivate(marker, requirements, deadline);
            List<String> addresses = new ArrayList<>();
            Random random = new Random();
            for (int i = 0; i < suppliers; i++) {
                String address = "sammenlign-" + marker + "-" + i + "@leverandoer" + i + ".example";
                purchaser.invite(dialogue, "Leverandør " + marker + " nr. " + i + " A/S", address, random);
                addresses.add(address);
            }
            List<RushHttp.Session> sessions = DeadlineRush.signIn(new SupplierSignIn(mailViewer, gateway), addresses);
            // Every organisation answers all requirements within a minute, then finishes.
            DeadlineRush.Result answered =
                    new DeadlineRush.Rush(http, gateway, dialogue, requirements, Duration.ofMinutes(1)).run(sessions);
            System.out.printf(
                    "dialogue %d: %d organisations answered %d requirements (%d saves acknowledged, %d errors),"
                            + " status %s%n",
                    dialogue,
                    suppliers,
                    requirements,
                    answered.acknowledged(),
                    answered.errors().size(),
                    purchaser.dialogueStatus(dialogue));
            answered.errors().stream().limit(5).forEach(error -> System.out.println("  error: " + error));

            RushHttp.Session session =
                    PurchaserSignIn.signIn(gateway, "/markedsdialoger", "0710", "indkoeber", LocalStack.DEMO_PASSWORD);
            String base = gateway + "/markedsdialoger/" + dialogue + "/sammenligning";
            String api = gateway + "/api/v1/dialogues/" + dialogue;
            time(client, session, "comparison page", base, pageRequests, 300);
            time(
                    client,
                    session,
                    "comparison page, weighted",
                    base + "?weight.ABSOLUTE=4&weight.HIGH=3" + "&weight.NORMAL=2&weight.OPTIONAL=1",
                    pageRequests / 4,
                    300);
            time(client, session, "comparison.xlsx", api + "/comparison.xlsx", fileRequests, 2000);
            time(client, session, "answers.pdf (all answers)", api + "/answers.pdf", Math.max(3, fileRequests / 10), 0);
        }
    }

    /** Warms up with a tenth of the requests, then sends {@code count} one after another and prints quantiles. */
    private static void time(
            HttpClient client, RushHttp.Session session, String label, String url, int count, int targetMs)
            throws Exception {
        HttpRequest request = session.sign(HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(300)) // the all-answers PDF is slow: measure it, do not abort
                        .header("Accept", SupplierSignIn.HTML))
                .GET()
                .build();
        HttpResponse<byte[]> first = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (first.statusCode() == 404) {
            System.out.printf("%-28s not available (HTTP 404 on this build)%n", label);
            return;
        }
        if (first.statusCode() != 200) {
            throw new IllegalStateException(label + ": HTTP " + first.statusCode() + " from " + url);
        }
        for (int i = 0; i < count / 10; i++) {
            client.send(request, HttpResponse.BodyHandlers.discarding());
        }
        double[] millis = new double[count];
        long bytes = 0;
        for (int i = 0; i < count; i++) {
            long sent = System.nanoTime();
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            millis[i] = (System.nanoTime() - sent) / 1e6;
            if (response.statusCode() != 200) {
                throw new IllegalStateException(label + ": HTTP " + response.statusCode() + " on request " + i);
            }
            bytes = response.body().length;
        }
        Arrays.sort(millis);
        System.out.printf(
                "%-28s %4d requests  p50 %7.1f ms  p99 %7.1f ms  max %7.1f ms  %,d bytes%s%n",
                label,
                count,
                DeadlineRush.Result.at(millis, 0.50),
                DeadlineRush.Result.at(millis, 0.99),
                DeadlineRush.Result.at(millis, 1.0),
                bytes,
                targetMs > 0 ? "  (target p99 <= " + targetMs + " ms)" : "");
    }
}
