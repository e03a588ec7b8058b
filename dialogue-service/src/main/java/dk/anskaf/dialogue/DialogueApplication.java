package dk.anskaf.dialogue;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Market dialogues: a municipality asks the market before it buys, suppliers answer. For now the skeleton
 * a new service starts from: the platform (tenancy, row-level security, outbox and inbox, security,
 * problem+json, probes) and its own database, no endpoints yet.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DialogueApplication {

    public static void main(String[] args) {
        SpringApplication.run(DialogueApplication.class, args);
    }
}
