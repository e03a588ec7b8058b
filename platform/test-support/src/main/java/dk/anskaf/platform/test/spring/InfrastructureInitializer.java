package dk.anskaf.platform.test.spring;

import dk.anskaf.platform.test.infra.DatabaseProvisioner;
import dk.anskaf.platform.test.infra.Infrastructure;
import dk.anskaf.platform.test.infra.ServiceDatabase;
import dk.anskaf.platform.test.mail.TestMail;
import dk.anskaf.platform.test.security.TestTokens;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a Spring test context at this JVM's real infrastructure: a fresh database of its own (with owner
 * and app roles), the Kafka broker, the SMTP sink and the test token issuer.
 */
public class InfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String application = context.getEnvironment().getProperty("spring.application.name", "anskaf");
        String name = application.replaceAll("[^a-z0-9]", "_") + "_t" + DATABASES.incrementAndGet();
        ServiceDatabase database = DatabaseProvisioner.provision(
                Infrastructure.postgres(),
                name,
                UUID.randomUUID().toString(),
                UUID.randomUUID().toString());
        Map<String, Object> properties = new HashMap<>(database.springProperties());
        properties.put("spring.kafka.bootstrap-servers", Infrastructure.kafka().bootstrapServers());
        properties.put(
                "spring.security.oauth2.resourceserver.jwt.jwk-set-uri",
                TestTokens.shared().jwkSetUri());
        properties.put(
                "spring.security.oauth2.resourceserver.jwt.issuer-uri",
                TestTokens.shared().issuer());
        properties.put("spring.mail.host", "127.0.0.1");
        properties.put("spring.mail.port", TestMail.sink().port());
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource("anskafTestInfrastructure", properties));
    }
}
