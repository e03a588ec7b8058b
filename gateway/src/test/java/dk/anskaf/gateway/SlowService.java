package dk.anskaf.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

/**
 * A real HTTP server standing in for a service that is slow in the ways large answers are slow:
 * {@code /api/v1/requirements/hang} sends nothing for {@code 2 × pause} ms; {@code .../trickle} sends its head
 * at once and then a line every {@code pause / 5} ms for {@code 3 × pause} ms (a long download that never
 * falls silent); {@code .../stall} sends its head and one line, then falls silent for {@code 4 × pause} ms.
 */
final class SlowService implements AutoCloseable {

    private final HttpServer server;

    private SlowService(HttpServer server) {
        this.server = server;
    }

    static SlowService start(long pause) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            server.createContext("/api/v1/requirements/hang", exchange -> {
                sleep(pause * 2);
                answer(exchange, "late");
            });
            server.createContext("/api/v1/requirements/trickle", exchange -> {
                exchange.sendResponseHeaders(200, 0);
                try (OutputStream out = exchange.getResponseBody()) {
                    long end = System.nanoTime() + pause * 3 * 1_000_000;
                    int line = 0;
                    while (System.nanoTime() < end) {
                        out.write(("linje " + line++ + "\n").getBytes(StandardCharsets.UTF_8));
                        out.flush();
                        sleep(pause / 5);
                    }
                    out.write("slut\n".getBytes(StandardCharsets.UTF_8));
                }
            });
            server.createContext("/api/v1/requirements/stall", exchange -> {
                exchange.sendResponseHeaders(200, 0);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write("første linje\n".getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    sleep(pause * 4);
                    out.write("for sent\n".getBytes(StandardCharsets.UTF_8));
                } catch (IOException gatewayClosedTheConnection) {
                    // expected: the gateway cut the silent body off
                }
            });
            server.start();
            return new SlowService(server);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void answer(HttpExchange exchange, String text) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/plain");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        } catch (IOException gatewayGaveUp) {
            // expected after a timeout
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
