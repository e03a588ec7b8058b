package dk.anskaf.local;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;

/**
 * The smallest process the launcher can supervise: answers {@code /actuator/health/readiness} on
 * {@code PORT}; with {@code EXIT_AFTER_MS} it exits with code 1 that long after it started listening, with
 * {@code FAIL_AT_START} before it listens (like a service with a broken configuration).
 */
public final class TinyService {

    private TinyService() {}

    public static void main(String[] args) throws Exception {
        if (System.getenv("FAIL_AT_START") != null) {
            Runtime.getRuntime().halt(1);
        }
        HttpServer server = HttpServer.create(new InetSocketAddress(Integer.parseInt(System.getenv("PORT"))), 0);
        server.createContext("/actuator/health/readiness", exchange -> {
            byte[] body = "{\"status\":\"UP\"}".getBytes();
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        String exitAfter = System.getenv("EXIT_AFTER_MS");
        if (exitAfter != null) {
            Thread.sleep(Long.parseLong(exitAfter));
            Runtime.getRuntime().halt(1);
        }
    }
}
