package dk.anskaf.portal;

import dk.anskaf.catalog.client.CatalogClient;
import dk.anskaf.dialogue.client.DialogueClient;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.cloud.openfeign.EnableFeignClients;

/**
 * The web UI. It sits behind the gateway, which logs the browser in, checks CSRF on every form post and
 * relays the user's access token; the portal renders pages from the services' APIs and stores nothing.
 */
@SpringBootApplication
@EnableFeignClients(clients = {CatalogClient.class, DialogueClient.class})
public class PortalApplication {

    public static void main(String[] args) {
        SpringApplication.run(PortalApplication.class, args);
    }
}
