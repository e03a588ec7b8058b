package dk.anskaf.dialogue.testdata;

import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * The same settings for every test of the module, so they share one application context (each context
 * costs a service start): the catalogue is {@link CatalogueStub}, and the deadline job's schedule is slow
 * (an hour), so the runs a test starts itself are the only ones. Registered in {@code META-INF/spring.factories}.
 */
public final class DialogueTestContext implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(
            Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        return new Settings();
    }

    /** A record, so every test class's customizer is equal and the context cache shares the context. */
    record Settings() implements ContextCustomizer {
        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource(
                            "dialogue-test-context",
                            Map.of(
                                    "anskaf.catalog.url",
                                    CatalogueStub.url(),
                                    "anskaf.dialogue.deadline-job-interval",
                                    "PT1H")));
        }
    }
}
