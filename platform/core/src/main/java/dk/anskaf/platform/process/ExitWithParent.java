package dk.anskaf.platform.process;

import java.io.IOException;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * For processes started by the local launcher ({@code ANSKAF_EXIT_WITH_PARENT=true}): when the launcher
 * goes away, however it ends, our standard input reaches end-of-file and we shut down, so no service is
 * left running as an orphan.
 */
public class ExitWithParent implements ApplicationListener<ApplicationStartedEvent> {

    private static final Logger log = LoggerFactory.getLogger(ExitWithParent.class);

    @Override
    public void onApplicationEvent(ApplicationStartedEvent event) {
        if (!"true".equals(System.getenv("ANSKAF_EXIT_WITH_PARENT"))) {
            return;
        }
        ConfigurableApplicationContext context = event.getApplicationContext();
        Thread.ofPlatform().daemon().name("exit-with-parent").start(() -> {
            awaitEndOfInput(System.in);
            log.info("Launcher has gone; shutting down");
            context.close();
            System.exit(0);
        });
    }

    static void awaitEndOfInput(InputStream in) {
        byte[] buffer = new byte[256];
        try {
            while (in.read(buffer) >= 0) {
                // discard: only the end of the stream matters
            }
        } catch (IOException e) {
            // a broken pipe means the parent is gone too
        }
    }
}
