package dk.anskaf.local;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;

/**
 * The smallest process the launcher can supervise: answers {@code /actuator/health/readiness} on
 * {@code PORT}; with {@code EXIT_AFTER_READY_MS} it exits with code 1 that long after it first answered
 * ready (so the launcher saw it ready however slow the machine), with {@code FAIL_AT_START} before it
 * listens (like a service with a broken configuration).
 */
public final class TinyService {

    private TinyService() {}

    public static void main(String[] args) throws Exception {
        if (System.getenv("FAIL_AT_START") != null) {
            Runtime.getRuntime().halt(1);
        }
        HttpServer server = HttpServer.create(new InetSocketAddress(Integer.parseInt(System.getenv("PORT"))), 0);
        String exitAfter = System.getenv("EXIT_AFTER_READY_MS");
        server.createContext("/actuator/health/readiness", exchange -> {
            byte[] body = "{\"status\":\"UP\"}".getBytes();
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
            if (exitAfter != null) {
                Thread.ofPlatform().start(() -> {
                    try {
                        Thread.sleep(Long.parseLong(exitAfter));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    Runtime.getRuntime().halt(1);
                });
            }
        });
        server.start();
    }
}
