package dk.anskaf.catalog.client;

import feign.QueryMapEncoder;
import feign.Request;
import feign.querymap.FieldQueryMapEncoder;
import java.util.concurrent.TimeUnit;
import org.springframework.context.annotation.Bean;

/** Explicit timeouts: a slow catalogue must not hold the caller's threads for long. */
public class CatalogClientConfiguration {

    @Bean
    Request.Options catalogTimeouts() {
        return new Request.Options(2, TimeUnit.SECONDS, 5, TimeUnit.SECONDS, true);
    }

    /**
     * Query parameters from the record's components ({@link CatalogClient.RequirementSearch}), whatever else
     * the caller has on its classpath: with Spring Data present, Spring Cloud OpenFeign's default encoder
     * reads bean getters instead, which a record does not have, and the search would be sent without any.
     */
    @Bean
    QueryMapEncoder catalogQueryMapEncoder() {
        return new FieldQueryMapEncoder();
    }
}
