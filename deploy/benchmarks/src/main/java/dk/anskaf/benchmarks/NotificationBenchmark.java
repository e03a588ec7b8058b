package dk.anskaf.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Benchmark (not a test) of notification-service against a running local stack: publishes N
 * promotion-requested events straight to Kafka, in one burst or at a steady rate (each stamped with its
 * send time), and waits
 * until every resulting mail is accepted by the SMTP sink, which accepts instantly. Prints event-to-SMTP
 * latency (median, p99, max, from the event's time to {@code sent_at}) and throughput. Usage in
 * docs/benchmarks.md.
 */
public final class NotificationBenchmark {

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        // 0: one burst (throughput); otherwise a steady rate (latency without a queue in front).
        int perSecond = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        String run = "Benchmark " + UUID.randomUUID();
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:19092");
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        long started = System.nanoTime();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            for (int i = 0; i < events; i++) {
                producer.send(new ProducerRecord<>("anskaf.catalog.promotions", String.valueOf(i), event(run, i)));
                if (perSecond > 0) {
                    producer.flush();
                    Thread.sleep(1000 / perSecond);
                }
            }
        }
        try (Connection db =
                DriverManager.getConnection("jdbc:postgresql://localhost:15432/notification", "postgres", "")) {
            long expected = waitForAll(db, run, events);
            double seconds = (System.nanoTime() - started) / 1e9;
            List<Double> latencies = latencies(db, run);
            Collections.sort(latencies);
            System.out.printf(
                    "%d events -> %d mails in %.1f s (%.0f mails/s); event-to-SMTP median %.0f ms, p99 %.0f ms, max %.0f ms%n",
                    events,
                    expected,
                    seconds,
                    expected / seconds,
                    latencies.get(latencies.size() / 2),
                    latencies.get((int) Math.ceil(latencies.size() * 0.99) - 1),
                    latencies.getLast());
        }
    }

    /** Mails per event are the board's addresses; wait until the count stops short of nothing. */
    private static long waitForAll(Connection db, String run, int events) throws Exception {
        long deadline = System.nanoTime() + 600_000_000_000L;
        long perEvent = 0;
        while (System.nanoTime() < deadline) {
            long queued = count(db, run, "true");
            long sent = count(db, run, "status = 'SENT'");
            perEvent = Math.max(perEvent, queued / Math.max(1, events));
            if (perEvent > 0 && queued == perEvent * events && sent == queued) {
                return sent;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("Not every mail was sent within 10 minutes");
    }

    private static long count(Connection db, String run, String condition) throws Exception {
        try (PreparedStatement sql =
                db.prepareStatement("select count(*) from mail_message where subject like ? and " + condition)) {
            sql.setString(1, "%" + run + "%");
            try (ResultSet rows = sql.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** From the time written into each event (its send time) to the SMTP server's acceptance. */
    private static List<Double> latencies(Connection db, String run) throws Exception {
        List<Double> millis = new ArrayList<>();
        try (PreparedStatement sql = db.prepareStatement("""
                select extract(epoch from sent_at) * 1000, split_part(subject, '@', 2)
                from mail_message where subject like ?
                """)) {
            sql.setString(1, "%" + run + "%");
            try (ResultSet rows = sql.executeQuery()) {
                while (rows.next()) {
                    millis.add(rows.getDouble(1) - Double.parseDouble(rows.getString(2)));
                }
            }
        }
        return millis;
    }

    /** The send time rides in the requirement name (and so the subject) as epoch milliseconds after '@'. */
    private static String event(String run, int i) {
        return """
                {"specversion":"1.0","id":"%s","source":"/anskaf/benchmark",
                 "type":"dk.anskaf.catalog.requirement-promotion-requested.v1","subject":"%d",
                 "time":"%s","datacontenttype":"application/json","tenantid":"0710",
                 "data":{"requestId":"%s","requirementId":%d,"requirementName":"%s #%d @%d","category":"Sikkerhed",
                         "priority":"Krav","target":"CROSS_MUNICIPAL","reason":"Benchmark","requestedByName":"Rita",
                         "requestedByEmail":"rita@favrskov.example","municipalityName":"Favrskov Kommune",
                         "kommunekode":"0710"}}""".formatted(
                        UUID.randomUUID(), i, Instant.now(), UUID.randomUUID(), i, run, i, System.currentTimeMillis());
    }
}
