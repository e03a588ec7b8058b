package dk.anskaf.platform.test.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * A real HTTP server on a free local port standing in for another service whose answers a test must
 * choose (a refusal, a server error, a total no test database holds), for the caller's side of a call.
 * Not for the service's own behaviour: that is tested against the service itself.
 */
public final class StubHttpService implements AutoCloseable {

    private final HttpServer server;

    private StubHttpService(HttpServer server) {
        this.server = server;
    }

    /** Starts a server with no paths yet; add them with {@link #on}. */
    public static StubHttpService start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.start();
            return new StubHttpService(server);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Answers requests to {@code path} and below it with {@code handler}. */
    public StubHttpService on(String path, HttpHandler handler) {
        server.createContext(path, handler);
        return this;
    }

    /** {@code http://127.0.0.1:<port>}, without a trailing slash. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Sends {@code body} (UTF-8) with {@code status} and {@code contentType}, and closes the exchange. */
    public static void answer(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
