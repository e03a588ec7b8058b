package dk.anskaf.gateway;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * A real HTTP server standing in for a downstream service: it answers every request with the headers
 * it received (lower-cased names), so tests can see exactly what the gateway passed on.
 */
final class EchoService implements AutoCloseable {

    private final HttpServer server;

    private EchoService(HttpServer server) {
        this.server = server;
    }

    static EchoService start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                Map<String, String> headers = new TreeMap<>();
                exchange.getRequestHeaders()
                        .forEach((name, values) -> headers.put(name.toLowerCase(), String.join(",", values)));
                StringBuilder json = new StringBuilder("{");
                headers.forEach((k, v) -> json.append('"')
                        .append(k)
                        .append("\":\"")
                        .append(v.replace("\"", "'"))
                        .append("\","));
                String requestBody = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                json.append("\"body\":\"")
                        .append(requestBody
                                .replace("\\", "\\\\")
                                .replace("\"", "\\\"")
                                .replace("\r", "\\r")
                                .replace("\n", "\\n"))
                        .append("\",");
                json.append("\"path\":\"")
                        .append(exchange.getRequestURI().getPath())
                        .append("\"}");
                byte[] body = json.toString().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
            return new EchoService(server);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
