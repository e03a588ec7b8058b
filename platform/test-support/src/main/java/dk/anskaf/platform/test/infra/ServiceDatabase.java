package dk.anskaf.platform.test.infra;

import java.util.Map;

/**
 * A service's own database with its two logins: the owner, used only by Flyway, and the app role, which
 * owns nothing and cannot bypass row-level security.
 */
public record ServiceDatabase(
        String name, String jdbcUrl, String ownerUser, String ownerPassword, String appUser, String appPassword) {

    /** Spring Boot properties that point a service at this database. */
    public Map<String, String> springProperties() {
        return Map.of(
                "spring.datasource.url", jdbcUrl,
                "spring.datasource.username", appUser,
                "spring.datasource.password", appPassword,
                "spring.flyway.url", jdbcUrl,
                "spring.flyway.user", ownerUser,
                "spring.flyway.password", ownerPassword);
    }
}
