package dk.anskaf.platform.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param publicPaths request paths a service serves without a token (e.g. the public kravbank)
 * @param integrationPaths the only request paths a token of role {@code integration} may reach in this service
 *     (e.g. dialogue-service's read API); empty, the default, means none
 */
@ConfigurationProperties("anskaf.security")
public record SecurityProperties(
        @DefaultValue List<String> publicPaths,
        @DefaultValue List<String> integrationPaths) {}
