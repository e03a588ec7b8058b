package dk.anskaf.identity;

import dk.anskaf.platform.test.spring.AnskafIntegrationTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/** identity on a random port with demo users, against real PostgreSQL and Kafka. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@AnskafIntegrationTest
@TestPropertySource(
        properties = {
            "anskaf.identity.issuer=",
            "anskaf.identity.gateway-redirect-uris=" + IdentityTestProperties.REDIRECT,
            "anskaf.identity.gateway-client-secret=" + IdentityTestProperties.GATEWAY_SECRET,
            "anskaf.identity.key-encryption-secret=test-key-encryption-secret",
            "anskaf.identity.demo-users=true",
            "anskaf.identity.notification-client-secret=" + IdentityTestProperties.NOTIFICATION_SECRET,
            "anskaf.identity.public-url=" + IdentityTestProperties.PUBLIC_URL,
            "anskaf.identity.portal-url=" + IdentityTestProperties.PORTAL_URL
        })
public @interface IdentityIntegrationTest {}
