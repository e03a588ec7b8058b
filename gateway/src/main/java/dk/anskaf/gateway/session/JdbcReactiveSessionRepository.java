package dk.anskaf.gateway.session;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.MapSession;
import org.springframework.session.ReactiveSessionRepository;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Browser sessions in PostgreSQL, so every gateway instance serves every session (Spring Session has
 * no reactive JDBC store, and this project runs no Redis). The session holds the user's tokens, which
 * therefore never reach the browser. JDBC calls run on the bounded-elastic scheduler; attributes are
 * Java-serialised and read back through a filter that admits only JDK and Spring classes.
 */
public class JdbcReactiveSessionRepository implements ReactiveSessionRepository<MapSession> {

    private static final ObjectInputFilter ONLY_PLATFORM_CLASSES =
            ObjectInputFilter.Config.createFilter("java.**;org.springframework.**;!*");

    private final JdbcClient jdbc;
    private final Duration timeout;

    public JdbcReactiveSessionRepository(JdbcClient jdbc, Duration timeout) {
        this.jdbc = jdbc;
        this.timeout = timeout;
    }

    @Override
    public Mono<MapSession> createSession() {
        return Mono.fromSupplier(() -> {
            MapSession session = new MapSession();
            session.setMaxInactiveInterval(timeout);
            return session;
        });
    }

    @Override
    public Mono<Void> save(MapSession session) {
        return Mono.<Void>fromRunnable(() -> {
                    if (!session.getId().equals(session.getOriginalId())) {
                        // The id changes at login (session fixation protection): drop the old row.
                        jdbc.sql("delete from web_session where id = ?")
                                .param(session.getOriginalId())
                                .update();
                    }
                    Instant expires = session.getLastAccessedTime().plus(session.getMaxInactiveInterval());
                    jdbc.sql("""
                                    insert into web_session (id, attributes, created_at, last_accessed, max_inactive_s, expires_at)
                                    values (?, ?, ?, ?, ?, ?)
                                    on conflict (id) do update set attributes = excluded.attributes,
                                        last_accessed = excluded.last_accessed, max_inactive_s = excluded.max_inactive_s,
                                        expires_at = excluded.expires_at
                                    """)
                            .params(
                                    session.getId(),
                                    serialize(session),
                                    Timestamp.from(session.getCreationTime()),
                                    Timestamp.from(session.getLastAccessedTime()),
                                    (int) session.getMaxInactiveInterval().toSeconds(),
                                    Timestamp.from(expires))
                            .update();
                })
                .subscribeOn(Schedulers.boundedElastic());
    }

    @Override
    public Mono<MapSession> findById(String id) {
        return Mono.fromCallable(() -> jdbc.sql("""
                                select id, attributes, created_at, last_accessed, max_inactive_s from web_session
                                where id = ? and expires_at > now()
                                """)
                        .param(id)
                        .query((rs, n) -> restore(
                                rs.getString(1),
                                rs.getBytes(2),
                                rs.getTimestamp(3).toInstant(),
                                rs.getTimestamp(4).toInstant(),
                                rs.getInt(5)))
                        .optional()
                        .orElse(null))
                .subscribeOn(Schedulers.boundedElastic());
    }

    @Override
    public Mono<Void> deleteById(String id) {
        return Mono.<Void>fromRunnable(() -> jdbc.sql("delete from web_session where id = ?")
                        .param(id)
                        .update())
                .subscribeOn(Schedulers.boundedElastic());
    }

    /** Removes expired sessions; called periodically. */
    public int purgeExpired() {
        return jdbc.sql("delete from web_session where expires_at < now()").update();
    }

    private static MapSession restore(
            String id, byte[] attributes, Instant created, Instant accessed, int maxInactive) {
        MapSession session = new MapSession(id);
        session.setCreationTime(created);
        session.setLastAccessedTime(accessed);
        session.setMaxInactiveInterval(Duration.ofSeconds(maxInactive));
        deserialize(attributes).forEach(session::setAttribute);
        return session;
    }

    private static byte[] serialize(MapSession session) {
        Map<String, Object> attributes = new HashMap<>();
        session.getAttributeNames().forEach(name -> attributes.put(name, session.getAttribute(name)));
        try (var bytes = new ByteArrayOutputStream();
                var out = new ObjectOutputStream(bytes)) {
            out.writeObject(attributes);
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("Session attributes are not serialisable", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> deserialize(byte[] data) {
        try (var in = new ObjectInputStream(new ByteArrayInputStream(data))) {
            in.setObjectInputFilter(ONLY_PLATFORM_CLASSES);
            return (Map<String, Object>) in.readObject();
        } catch (IOException | ClassNotFoundException e) {
            // An unreadable session is treated as absent: the user logs in again.
            return Map.of();
        }
    }
}
