package dk.anskaf.platform;

import dk.anskaf.platform.web.PlatformWebDefaults;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;

/**
 * Adds the platform's default settings (anskaf-platform-defaults.properties) with the lowest precedence,
 * so a service's own application.yml and the deployment's environment variables always win. They come
 * before the web part's defaults ({@link PlatformWebDefaults}), which a service has as well: where both set
 * a key (the readiness group, which here adds the database), the service's setting counts.
 */
public class PlatformDefaults implements EnvironmentPostProcessor {

    static final String RESOURCE = "anskaf-platform-defaults.properties";
    static final String SOURCE = "anskafPlatformDefaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        MutablePropertySources sources = environment.getPropertySources();
        PropertySource<?> defaults = PlatformWebDefaults.load(SOURCE, RESOURCE);
        if (sources.contains(PlatformWebDefaults.SOURCE)) {
            sources.addBefore(PlatformWebDefaults.SOURCE, defaults);
        } else {
            sources.addLast(defaults);
        }
    }
}
