package dk.anskaf.portal;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A catalogue for portal tests that need pages a test database cannot easily hold: a small HTTP server
 * that answers every request with the JSON the given function returns for its address (404 for null).
 */
public final class CatalogueStub implements AutoCloseable {

    private final HttpServer server;

    private CatalogueStub(HttpServer server) {
        this.server = server;
    }

    public static CatalogueStub start(Function<URI, String> json) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                String body = json.apply(exchange.getRequestURI());
                byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            });
            server.start();
            return new CatalogueStub(server);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The portal's test properties with this stub as its catalogue. */
    public void register(DynamicPropertyRegistry registry) {
        PortalTestContext.register(
                registry, "http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
