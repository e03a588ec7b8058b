package dk.anskaf.platform.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param publicPaths request paths a service serves without a token (e.g. the public kravbank) */
@ConfigurationProperties("anskaf.security")
public record SecurityProperties(@DefaultValue List<String> publicPaths) {}
