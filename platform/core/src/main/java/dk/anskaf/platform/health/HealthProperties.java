package dk.anskaf.platform.health;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bounds of the health checks ({@code anskaf.health.*}).
 *
 * @param databaseTimeout longest time the database check may take before it reports DOWN; keep it below
 *     the orchestrator's probe timeout so a hanging database gives a 503, not a probe that times out
 */
@ConfigurationProperties("anskaf.health")
public record HealthProperties(@DefaultValue("2s") Duration databaseTimeout) {}
