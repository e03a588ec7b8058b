package dk.anskaf.platform.test.spring;

import dk.anskaf.platform.test.fixture.TestKitConfiguration;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * A full service on a random port against real PostgreSQL, Kafka and SMTP (see {@code Infrastructure}),
 * with the test kit's {@code ApiClient} and {@code IntegrationFixture} as beans to inject.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = InfrastructureInitializer.class)
@Import(TestKitConfiguration.class)
public @interface AnskafIntegrationTest {}
