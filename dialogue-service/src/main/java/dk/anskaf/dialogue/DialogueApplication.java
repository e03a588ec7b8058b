package dk.anskaf.dialogue;

import dk.anskaf.catalog.client.CatalogClient;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Market dialogues: a municipality asks the market before it buys, suppliers answer. The purchaser's
 * dialogue with its requirement set copied from the catalogue (through {@link CatalogClient}, with the
 * purchaser's own token), and the deadline job (scheduled).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableFeignClients(clients = CatalogClient.class)
@EnableScheduling
public class DialogueApplication {

    public static void main(String[] args) {
        SpringApplication.run(DialogueApplication.class, args);
    }
}
