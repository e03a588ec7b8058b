package dk.anskaf.gateway.session;

import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.platform.test.spring.AnskafIntegrationTest;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.MapSession;
import org.springframework.test.context.TestPropertySource;

@AnskafIntegrationTest
@TestPropertySource(properties = "spring.security.oauth2.client.registration.anskaf.client-secret=test-secret")
class JdbcReactiveSessionRepositoryIntegrationTests {

    @Autowired
    DataSource dataSource;

    @Test
    void aSessionSavedByOneInstanceIsReadByAnother() {
        var first = new JdbcReactiveSessionRepository(JdbcClient.create(dataSource), Duration.ofHours(8));
        var second = new JdbcReactiveSessionRepository(JdbcClient.create(dataSource), Duration.ofHours(8));
        MapSession session = first.createSession().block();
        session.setAttribute("tokens", "server-side");
        first.save(session).block();

        MapSession found = second.findById(session.getId()).block();

        assertThat(found).isNotNull();
        assertThat((String) found.getAttribute("tokens")).isEqualTo("server-side");
    }

    @Test
    void aChangedSessionIdReplacesTheOldRow() {
        var sessions = new JdbcReactiveSessionRepository(JdbcClient.create(dataSource), Duration.ofHours(8));
        MapSession session = sessions.createSession().block();
        sessions.save(session).block();
        String before = session.getId();
        MapSession reloaded = sessions.findById(before).block();
        reloaded.changeSessionId();
        sessions.save(reloaded).block();

        assertThat(sessions.findById(before).block()).isNull();
        assertThat(sessions.findById(reloaded.getId()).block()).isNotNull();
    }

    @Test
    void expiredSessionsAreNotFound() {
        var sessions = new JdbcReactiveSessionRepository(JdbcClient.create(dataSource), Duration.ofSeconds(1));
        MapSession session = sessions.createSession().block();
        session.setLastAccessedTime(java.time.Instant.now().minusSeconds(60));
        sessions.save(session).block();

        assertThat(sessions.findById(session.getId()).block()).isNull();
    }

    @Test
    void unknownClassesInStoredSessionsAreNotDeserialised() {
        var sessions = new JdbcReactiveSessionRepository(JdbcClient.create(dataSource), Duration.ofHours(8));
        MapSession session = sessions.createSession().block();
        session.setAttribute("evil", new Gadget());
        sessions.save(session).block();

        MapSession found = sessions.findById(session.getId()).block();

        assertThat(found.getAttributeNames()).isEmpty();
    }

    /** Stands for a class an attacker might plant: not a JDK or Spring type. */
    static final class Gadget implements java.io.Serializable {}
}
