package dk.anskaf.benchmarks;

import dk.anskaf.local.LocalStack;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;

/**
 * Benchmark (not a test) of a market dialogue's deadline rush (issue 14) against a running local stack, all
 * through the gateway: a purchaser creates a dialogue with N requirements and invites S supplier
 * organisations (one contact each); every contact signs in by its invitation mail's link (see {@link
 * SupplierSignIn}); then all of them answer every requirement at a steady overall rate over the rush's
 * minutes (each organisation one answer every minutes × 60 / N seconds, the organisations' starts spread
 * evenly) and finish. Reports p50/p90/p99/max of an answer save and of a finish, errors (any answer but
 * 2xx), and afterwards counts from the purchaser's status list that every organisation is FINISHED with
 * N of N answers (0 lost answers). Usage in docs/benchmarks.md.
 *
 * <p>Arguments: [suppliers, default 500] [requirements, default 80] [rush minutes, default 10] [gateway,
 * default http://localhost:8080] [identity, default http://localhost:9000] [mail viewer, default
 * http://localhost:8025].
 */
public final class DeadlineRush {

    private static final String[] CHOICES = {
        "JA", "JA", "JA", "JA_DELVIST", "JA", "NEJ", "JA_TILKOEB", "JA", "JA_DELVIST", "IKKE_RELEVANT"
    };

    public static void main(String[] args) throws Exception {
        int suppliers = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int requirements = args.length > 1 ? Integer.parseInt(args[1]) : 80;
        Duration rush = Duration.ofMinutes(args.length > 2 ? Integer.parseInt(args[2]) : 10);
        String gateway = args.length > 3 ? args[3] : "http://localhost:8080";
        String identity = args.length > 4 ? args[4] : "http://localhost:9000";
        String mailViewer = args.length > 5 ? args[5] : "http://localhost:8025";
        String marker = Long.toString(System.currentTimeMillis(), 36);

        try (HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build()) {
            RushHttp http = new RushHttp(client);
            // Setup (inviting, mails, sign-ins) before the rush, the rush itself, then a margin.
            OffsetDateTime deadline = OffsetDateTime.now(ZoneId.of("Europe/Copenhagen"))
                    .plus(rush)
                    .plusMinutes(20 + suppliers / 50);
            RushPurchaser purchaser = new RushPurchaser(http, gateway, LocalStack.demoApiToken(identity));
            long dialogue = purchaser.createAndActivate(marker, requirements, deadline);
            System.out.printf("dialogue %d active, deadline %s%n", dialogue, deadline);

            List<String> addresses = new ArrayList<>();
            long invitingStart = System.nanoTime();
            Random random = new Random();
            for (int i = 0; i < suppliers; i++) {
                String address = "tilbud-" + marker + "-" + i + "@leverandoer" + i + ".example";
                purchaser.invite(dialogue, "Leverandør " + marker + " nr. " + i + " ApS", address, random);
                addresses.add(address);
            }
            System.out.printf("%d organisations invited in %.1f s%n", suppliers, seconds(invitingStart));

            List<RushHttp.Session> sessions = signIn(new SupplierSignIn(mailViewer, gateway), addresses);

            Result result = new Rush(http, gateway, dialogue, requirements, rush).run(sessions);
            result.print();

            RushPurchaser after = new RushPurchaser(http, gateway, LocalStack.demoApiToken(identity));
            verify(after, dialogue, suppliers, requirements, result.acknowledged());
        }
    }

    /** Waits for every invitation mail, then signs the contacts in, eight at a time. */
    static List<RushHttp.Session> signIn(SupplierSignIn signIn, List<String> addresses) throws Exception {
        long start = System.nanoTime();
        Map<String, Integer> mails = signIn.newestMailPerAddress();
        while (!mails.keySet().containsAll(addresses)) {
            if (seconds(start) > 600) {
                throw new IllegalStateException("Invitation mails missing after 10 minutes: "
                        + addresses.stream().filter(a -> !mails.containsKey(a)).count());
            }
            Thread.sleep(2000);
            mails.putAll(signIn.newestMailPerAddress());
        }
        System.out.printf("%d invitation mails delivered after %.1f s%n", addresses.size(), seconds(start));
        long signingIn = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<Future<RushHttp.Session>> sessions = new ArrayList<>();
            for (int i = 0; i < addresses.size(); i++) {
                int mail = mails.get(addresses.get(i));
                int supplier = i;
                sessions.add(pool.submit(() -> signIn.signIn(signIn.link(mail), supplier)));
            }
            List<RushHttp.Session> signedIn = new ArrayList<>();
            for (Future<RushHttp.Session> session : sessions) {
                signedIn.add(session.get());
            }
            System.out.printf("%d contacts signed in by link in %.1f s%n", signedIn.size(), seconds(signingIn));
            return signedIn;
        }
    }

    /**
     * Lost answers are those the service acknowledged (2xx) that the purchaser does not see; a save that
     * was refused is an error, not a lost answer.
     */
    private static void verify(
            RushPurchaser purchaser, long dialogue, int suppliers, int requirements, long acknowledged)
            throws Exception {
        List<JsonNode> statuses = purchaser.suppliers(dialogue);
        long finishedWhole = statuses.stream()
                .filter(s -> "FINISHED".equals(s.get("status").asString())
                        && s.get("answeredCount").asInt() == requirements
                        && s.get("requirementCount").asInt() == requirements)
                .count();
        long answers =
                statuses.stream().mapToLong(s -> s.get("answeredCount").asInt()).sum();
        System.out.printf(
                "verified as the purchaser: %d of %d organisations FINISHED with %d/%d answers; answers kept %d of %d"
                        + " (lost %d); dialogue status %s%n",
                finishedWhole,
                suppliers,
                requirements,
                requirements,
                answers,
                (long) suppliers * requirements,
                (long) suppliers * requirements - answers,
                purchaser.dialogueStatus(dialogue));
    }

    static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /** The rush itself: one virtual thread per organisation, saves on a fixed schedule (open loop). */
    record Rush(RushHttp http, String gateway, long dialogue, int requirements, Duration length) {

        Result run(List<RushHttp.Session> sessions) throws Exception {
            ConcurrentLinkedQueue<Double> saves = new ConcurrentLinkedQueue<>();
            AtomicInteger acknowledged = new AtomicInteger();
            ConcurrentLinkedQueue<Double> finishes = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
            AtomicInteger otherCalls = new AtomicInteger();
            long pace = length.toNanos() / requirements;
            long start = System.nanoTime() + 1_000_000_000L;
            try (ExecutorService organisations = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int i = 0; i < sessions.size(); i++) {
                    int organisation = i;
                    long first = start + pace * i / sessions.size();
                    organisations.submit(() -> answerAll(
                            organisation,
                            sessions.get(organisation),
                            first,
                            pace,
                            new Counts(saves, acknowledged, finishes, errors, otherCalls)));
                }
            }
            return new Result(
                    sorted(saves),
                    acknowledged.get(),
                    sorted(finishes),
                    List.copyOf(errors),
                    otherCalls.get(),
                    seconds(start));
        }

        private void answerAll(int organisation, RushHttp.Session session, long first, long pace, Counts counts) {
            String base = gateway + "/api/v1/supplier/dialogues/" + dialogue;
            List<JsonNode> set = new ArrayList<>();
            try {
                sleepUntil(first);
                // The dialogue page (marks the invitation opened), the operating model, the answer page's list.
                http.get(session, base);
                http.put(session, base + "/operating-model", Map.of("operatingModel", "BOTH"));
                http.get(session, base + "/requirements").forEach(set::add);
                counts.otherCalls().addAndGet(3);
            } catch (Exception e) {
                counts.errors().add("organisation " + organisation + " before answering: " + e.getMessage());
                return;
            }
            for (int k = 0; k < set.size(); k++) {
                sleepUntil(first + pace * k);
                JsonNode requirement = set.get(k);
                String choice = CHOICES[(organisation + k) % CHOICES.length];
                boolean elaborate = !choice.equals("NEJ")
                        && (requirement.get("elaborationRequired").asBoolean()
                                || choice.equals("JA_DELVIST")
                                || choice.equals("JA_TILKOEB")
                                || k % 4 == 0);
                Map<String, Object> answer = new java.util.HashMap<>();
                answer.put("choice", choice);
                answer.put("elaboration", elaborate ? elaboration(choice, k) : null);
                answer.put("price", choice.equals("JA_TILKOEB") ? "12.500 kr. om året" : null);
                long sent = System.nanoTime();
                try {
                    http.put(
                            session,
                            base + "/answers/"
                                    + requirement.get("requirementId").asLong(),
                            answer);
                    counts.saves().add((System.nanoTime() - sent) / 1e6);
                    counts.acknowledged().incrementAndGet();
                } catch (Exception e) {
                    counts.saves().add((System.nanoTime() - sent) / 1e6);
                    counts.errors().add("organisation " + organisation + " answer " + k + ": " + e.getMessage());
                }
            }
            long sent = System.nanoTime();
            try {
                http.post(session, base + "/finish", null);
                counts.finishes().add((System.nanoTime() - sent) / 1e6);
            } catch (Exception e) {
                counts.errors().add("organisation " + organisation + " finish: " + e.getMessage());
            }
        }

        private static String elaboration(String choice, int k) {
            return switch (choice) {
                case "JA_DELVIST" ->
                    "Kravet opfyldes i dag for hjemmeplejen; plejecentrene får det i næste "
                            + "version (planlagt til andet kvartal). Indtil da kan det løses med en manuel arbejdsgang.";
                case "JA_TILKOEB" -> "Leveres som tilkøbsmodul med integration til borgerens journal.";
                default -> "Standardfunktionalitet i løsningen, i drift hos flere kommuner (svar " + k + ").";
            };
        }

        private static void sleepUntil(long nanoTime) {
            long wait = nanoTime - System.nanoTime();
            if (wait > 0) {
                try {
                    Thread.sleep(Duration.ofNanos(wait));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        private static double[] sorted(ConcurrentLinkedQueue<Double> values) {
            double[] array = values.stream().mapToDouble(Double::doubleValue).toArray();
            Arrays.sort(array);
            return array;
        }
    }

    /** What the organisations' threads record: save latencies (refused ones too), acknowledged saves, errors. */
    record Counts(
            ConcurrentLinkedQueue<Double> saves,
            AtomicInteger acknowledged,
            ConcurrentLinkedQueue<Double> finishes,
            ConcurrentLinkedQueue<String> errors,
            AtomicInteger otherCalls) {}

    record Result(
            double[] saves, long acknowledged, double[] finishes, List<String> errors, int otherCalls, double seconds) {

        void print() {
            System.out.printf(
                    "rush: %d answer saves in %.1f s (%.1f/s), %d finishes, %d other calls, %d errors%n",
                    saves.length, seconds, saves.length / seconds, finishes.length, otherCalls, errors.size());
            System.out.printf(
                    "answer save: p50 %.1f ms  p90 %.1f ms  p99 %.1f ms  max %.1f ms (target p99 <= 200 ms)%n",
                    at(saves, 0.50), at(saves, 0.90), at(saves, 0.99), at(saves, 1.0));
            System.out.printf(
                    "finish:      p50 %.1f ms  p99 %.1f ms  max %.1f ms%n",
                    at(finishes, 0.50), at(finishes, 0.99), at(finishes, 1.0));
            List<String> shown = new ArrayList<>(errors);
            Collections.sort(shown);
            shown.stream().limit(10).forEach(error -> System.out.println("  error: " + error));
        }

        /** The nearest-rank quantile: the smallest value with at least that share of values at or below it. */
        static double at(double[] sorted, double quantile) {
            if (sorted.length == 0) {
                return Double.NaN;
            }
            int rank = (int) Math.ceil(sorted.length * quantile);
            return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
        }
    }
}
