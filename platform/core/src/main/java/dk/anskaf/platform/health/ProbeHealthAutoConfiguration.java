package dk.anskaf.platform.health;

import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.health.DataSourceHealthContributorAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The health checks behind the probes of every platform service. The groups themselves are set in
 * {@code anskaf-platform-defaults.properties}: {@code liveness} is the process's own state only,
 * {@code readiness} adds the database through {@link BoundedDatabaseHealthIndicator}, which replaces
 * Spring Boot's unbounded {@code db} check (same name, so groups and {@code /actuator/health} keep it).
 */
@AutoConfiguration(
        after = DataSourceAutoConfiguration.class,
        before = DataSourceHealthContributorAutoConfiguration.class)
@ConditionalOnBean(DataSource.class)
@EnableConfigurationProperties(HealthProperties.class)
public class ProbeHealthAutoConfiguration {

    /** Named so that Boot's own {@code db} check backs off and this one reports as {@code db}. */
    @Bean
    BoundedDatabaseHealthIndicator dbHealthContributor(DataSource dataSource, HealthProperties properties) {
        return new BoundedDatabaseHealthIndicator(dataSource, properties.databaseTimeout());
    }
}
