package dk.anskaf.platform;

import dk.anskaf.platform.errors.ProblemDetailsAdvice;
import dk.anskaf.platform.errors.RequestSizeLimitFilter;
import dk.anskaf.platform.events.Inbox;
import dk.anskaf.platform.events.KafkaErrorHandling;
import dk.anskaf.platform.events.Outbox;
import dk.anskaf.platform.events.OutboxMetrics;
import dk.anskaf.platform.events.OutboxProperties;
import dk.anskaf.platform.events.OutboxRelay;
import dk.anskaf.platform.persistence.RowLevelSecurityGuard;
import dk.anskaf.platform.persistence.TenantAwareTransactionManager;
import dk.anskaf.platform.spreadsheet.SpreadsheetLimits;
import dk.anskaf.platform.tenancy.CrossTenantAccess;
import dk.anskaf.platform.tenancy.TenantPropagatingTaskDecorator;
import dk.anskaf.platform.text.ControlCharacterBodyAdvice;
import dk.anskaf.platform.text.ControlCharacterParameterFilter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.task.TaskDecorator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every Anskaf service gets by depending on the platform: tenant-aware transactions under
 * row-level security, the transactional outbox and its relay, idempotent consumption with dead letters,
 * problem+json errors, request size limits and tenant propagation to executors.
 *
 * <p>The database parts (transaction manager, row-level-security guard, cross-tenant access, outbox, inbox)
 * switch on only where the application has a {@link DataSource}, the relay and Kafka's error handler only
 * where it also has Kafka; the web part ({@code anskaf-platform-web}) needs neither.
 */
@AutoConfiguration(
        after = {DataSourceAutoConfiguration.class, KafkaAutoConfiguration.class},
        before = DataSourceTransactionManagerAutoConfiguration.class)
@EnableConfigurationProperties({OutboxProperties.class, SpreadsheetLimits.class})
public class PlatformAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    @ConditionalOnBean(DataSource.class)
    @ConditionalOnMissingBean(PlatformTransactionManager.class)
    TenantAwareTransactionManager transactionManager(DataSource dataSource) {
        return new TenantAwareTransactionManager(dataSource);
    }

    @Bean
    @ConditionalOnBean(DataSource.class)
    @DependsOnDatabaseInitialization
    @ConditionalOnBooleanProperty(name = "anskaf.database.guard", matchIfMissing = true)
    RowLevelSecurityGuard rowLevelSecurityGuard(DataSource dataSource) {
        return new RowLevelSecurityGuard(dataSource);
    }

    @Bean
    @ConditionalOnBean(DataSource.class)
    CrossTenantAccess crossTenantAccess(MeterRegistry meters, DataSource dataSource) {
        return new CrossTenantAccess(meters, new org.springframework.jdbc.core.JdbcTemplate(dataSource));
    }

    @Bean
    TaskDecorator tenantPropagatingTaskDecorator() {
        return new TenantPropagatingTaskDecorator();
    }

    @Bean
    @ConditionalOnBean(DataSource.class)
    Outbox outbox(
            DataSource dataSource,
            JsonMapper json,
            Clock clock,
            @Value("${spring.application.name}") String application) {
        return new Outbox(JdbcClient.create(dataSource), json, "/anskaf/" + application, clock);
    }

    @Bean
    @ConditionalOnBean({DataSource.class, KafkaConnectionDetails.class})
    @DependsOnDatabaseInitialization
    @ConditionalOnBooleanProperty(name = "anskaf.outbox.relay-enabled", matchIfMissing = true)
    OutboxRelay outboxRelay(
            DataSource dataSource,
            KafkaProperties kafkaProperties,
            KafkaConnectionDetails connection,
            OutboxProperties properties,
            MeterRegistry meters,
            @Value("${spring.application.name}") String application) {
        OutboxMetrics.register(meters, dataSource);
        return new OutboxRelay(
                dataSource,
                relayTemplate(kafkaProperties, connection, properties),
                properties,
                meters,
                application + "-outbox-relay");
    }

    /**
     * The relay's own producer: idempotent, acks from all replicas, and short blocking times so a broker
     * outage surfaces as a retry of the relay loop instead of a stuck thread.
     */
    static KafkaTemplate<String, String> relayTemplate(
            KafkaProperties kafkaProperties, KafkaConnectionDetails connection, OutboxProperties properties) {
        Map<String, Object> config = new HashMap<>(kafkaProperties.buildProducerProperties());
        config.put(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                connection.getProducer().getBootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int)
                properties.sendTimeout().toMillis());
        config.put(
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                org.apache.kafka.common.serialization.StringSerializer.class);
        config.put(
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                org.apache.kafka.common.serialization.StringSerializer.class);
        return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config));
    }

    @Bean
    @ConditionalOnBean(DataSource.class)
    Inbox inbox(DataSource dataSource, PlatformTransactionManager transactions, JsonMapper json) {
        return new Inbox(JdbcClient.create(dataSource), new TransactionTemplate(transactions), json);
    }

    @Bean
    @ConditionalOnBean(KafkaTemplate.class)
    @ConditionalOnMissingBean(CommonErrorHandler.class)
    CommonErrorHandler kafkaErrorHandler(KafkaTemplate<Object, Object> template) {
        return KafkaErrorHandling.errorHandler(template);
    }

    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    ProblemDetailsAdvice problemDetailsAdvice() {
        return new ProblemDetailsAdvice();
    }

    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    ControlCharacterBodyAdvice controlCharacterBodyAdvice(JsonMapper json) {
        return new ControlCharacterBodyAdvice(json);
    }

    /** After the size limit, before security: refused text never reaches a login, a query or a controller. */
    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    FilterRegistrationBean<ControlCharacterParameterFilter> controlCharacterParameterFilter() {
        var registration = new FilterRegistrationBean<>(new ControlCharacterParameterFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(
            @Value("${anskaf.web.max-request-size:1MB}") DataSize maxRequestSize) {
        var registration = new FilterRegistrationBean<>(new RequestSizeLimitFilter(maxRequestSize.toBytes()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
