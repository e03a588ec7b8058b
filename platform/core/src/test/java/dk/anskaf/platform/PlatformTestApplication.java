package dk.anskaf.platform;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A minimal service built on the platform (its parts live in {@code testapp}), so the platform's tests
 * exercise it as a service would. Found by every test package below {@code dk.anskaf.platform}.
 */
@SpringBootApplication(scanBasePackages = "dk.anskaf.platform.testapp")
public class PlatformTestApplication {}
