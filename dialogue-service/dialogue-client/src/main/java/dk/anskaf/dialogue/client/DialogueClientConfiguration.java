package dk.anskaf.dialogue.client;

import feign.Request;
import java.util.concurrent.TimeUnit;
import org.springframework.context.annotation.Bean;

/** Explicit timeouts: a slow dialogue service must not hold the caller's threads for long. */
public class DialogueClientConfiguration {

    @Bean
    Request.Options dialogueTimeouts() {
        return new Request.Options(2, TimeUnit.SECONDS, 5, TimeUnit.SECONDS, true);
    }
}
