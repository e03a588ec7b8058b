package dk.anskaf.platform.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * Adds the defaults every Anskaf web application starts from ({@value #RESOURCE}: errors without stack
 * traces, graceful shutdown, actuator exposure and probe groups, metric tags, tracing, the log line's
 * tenant) with the lowest precedence, so an application's own application.yml and the deployment's
 * environment variables always win. The full starter's defaults ({@code PlatformDefaults}, services with a
 * database and Kafka) take precedence over these, wherever either is added first.
 */
public class PlatformWebDefaults implements EnvironmentPostProcessor {

    public static final String SOURCE = "anskafPlatformWebDefaults";
    static final String RESOURCE = "anskaf-platform-web-defaults.properties";
    /** The name under which the full starter adds its own defaults. */
    static final String SERVICE_SOURCE = "anskafPlatformDefaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        MutablePropertySources sources = environment.getPropertySources();
        PropertySource<?> defaults = load(SOURCE, RESOURCE);
        if (sources.contains(SERVICE_SOURCE)) {
            sources.addAfter(SERVICE_SOURCE, defaults);
        } else {
            sources.addLast(defaults);
        }
    }

    /** The properties file {@code resource} on the class path as a property source named {@code name}. */
    public static PropertySource<?> load(String name, String resource) {
        try {
            return new ResourcePropertySource(name, new ClassPathResource(resource));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
