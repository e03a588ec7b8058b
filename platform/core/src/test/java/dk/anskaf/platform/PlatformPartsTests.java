package dk.anskaf.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.platform.events.Inbox;
import dk.anskaf.platform.events.Outbox;
import dk.anskaf.platform.events.OutboxRelay;
import dk.anskaf.platform.persistence.RowLevelSecurityGuard;
import dk.anskaf.platform.tenancy.CrossTenantAccess;
import dk.anskaf.platform.web.PlatformWebDefaults;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.task.TaskDecorator;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The starter's parts switch on by what the application has: without a DataSource or Kafka there is no
 * transaction manager, guard, outbox, relay or inbox to fail on, and the rest still starts. (That a service
 * with both gets all of them is what the outbox, inbox and row-level-security integration tests run on.)
 */
class PlatformPartsTests {

    @Test
    void anApplicationWithoutADatabaseOrKafkaGetsNoneOfTheirPartsAndStillStarts() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(PlatformAutoConfiguration.class))
                .withPropertyValues("spring.application.name=web-only")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context).hasSingleBean(TaskDecorator.class);
                    assertThat(context)
                            .doesNotHaveBean(PlatformTransactionManager.class)
                            .doesNotHaveBean(RowLevelSecurityGuard.class)
                            .doesNotHaveBean(CrossTenantAccess.class)
                            .doesNotHaveBean(Outbox.class)
                            .doesNotHaveBean(OutboxRelay.class)
                            .doesNotHaveBean(Inbox.class)
                            .doesNotHaveBean(CommonErrorHandler.class);
                });
    }

    @Test
    void aServicesOwnDefaultsWinOverTheWebDefaultsInEitherOrder() {
        for (boolean webFirst : new boolean[] {true, false}) {
            StandardEnvironment environment = new StandardEnvironment();
            if (webFirst) {
                new PlatformWebDefaults().postProcessEnvironment(environment, new SpringApplication());
                new PlatformDefaults().postProcessEnvironment(environment, new SpringApplication());
            } else {
                new PlatformDefaults().postProcessEnvironment(environment, new SpringApplication());
                new PlatformWebDefaults().postProcessEnvironment(environment, new SpringApplication());
            }

            assertThat(environment.getProperty("management.endpoint.health.group.readiness.include"))
                    .as("web defaults added first: %s", webFirst)
                    .isEqualTo("readinessState,db");
            assertThat(environment.getProperty("management.endpoints.web.exposure.include"))
                    .isEqualTo("health,info,prometheus");
            assertThat(environment.getProperty("spring.kafka.producer.acks")).isEqualTo("all");
        }
    }
}
