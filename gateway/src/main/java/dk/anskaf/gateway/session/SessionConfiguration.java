package dk.anskaf.gateway.session;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.server.WebSessionServerOAuth2AuthorizedClientRepository;
import org.springframework.session.config.annotation.web.server.EnableSpringWebSession;

@Configuration(proxyBeanMethods = false)
@EnableSpringWebSession
class SessionConfiguration {

    @Bean
    JdbcReactiveSessionRepository reactiveSessionRepository(
            JdbcClient jdbc, @Value("${server.reactive.session.timeout:8h}") Duration timeout) {
        return new JdbcReactiveSessionRepository(jdbc, timeout);
    }

    /** Tokens in the shared session (the default keeps them in one instance's memory). */
    @Bean
    ServerOAuth2AuthorizedClientRepository authorizedClientRepository() {
        return new WebSessionServerOAuth2AuthorizedClientRepository();
    }

    @Bean
    SessionCleanup sessionCleanup(JdbcReactiveSessionRepository sessions) {
        return new SessionCleanup(sessions);
    }

    static class SessionCleanup {
        private final JdbcReactiveSessionRepository sessions;

        SessionCleanup(JdbcReactiveSessionRepository sessions) {
            this.sessions = sessions;
        }

        @Scheduled(fixedDelay = 600_000, initialDelay = 60_000)
        void purge() {
            sessions.purgeExpired();
        }
    }
}
