package dk.anskaf.catalog.client;

import feign.Request;
import java.util.concurrent.TimeUnit;
import org.springframework.context.annotation.Bean;

/** Explicit timeouts: a slow catalogue must not hold the caller's threads for long. */
public class CatalogClientConfiguration {

    @Bean
    Request.Options catalogTimeouts() {
        return new Request.Options(2, TimeUnit.SECONDS, 5, TimeUnit.SECONDS, true);
    }
}
