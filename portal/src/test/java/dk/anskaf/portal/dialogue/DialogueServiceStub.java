package dk.anskaf.portal.dialogue;

import com.sun.net.httpserver.HttpExchange;
import dk.anskaf.platform.test.web.StubHttpService;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * dialogue-service as the purchaser pages see it: a real HTTP server answering each {@code "METHOD path"}
 * with the reply a test chose (404 problem otherwise), and keeping every request it got, body included, so a
 * test can read the JSON a form sent.
 */
final class DialogueServiceStub implements AutoCloseable {

    record Reply(int status, String body) {}

    record Received(String method, String path, String query, String body, String ifMatch) {}

    private final StubHttpService server;
    private final Map<String, Reply> replies = new ConcurrentHashMap<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();

    DialogueServiceStub() {
        server = StubHttpService.start().on("/api/v1", this::handle);
    }

    String url() {
        return server.url();
    }

    /** From now on, {@code "POST /api/v1/dialogues/7/activate"} is answered with this status and JSON. */
    DialogueServiceStub reply(String request, int status, String json) {
        replies.put(request, new Reply(status, json));
        return this;
    }

    void reset() {
        replies.clear();
        received.clear();
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    /** The last request of this method to this path; fails the test when none came. */
    Received last(String method, String path) {
        return received.reversed().stream()
                .filter(r -> r.method().equals(method) && r.path().equals(path))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + method + " " + path + " among " + received));
    }

    boolean got(String method, String path) {
        return received.stream()
                .anyMatch(r -> r.method().equals(method) && r.path().equals(path));
    }

    private void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        received.add(new Received(
                method,
                path,
                exchange.getRequestURI().getRawQuery(),
                body,
                exchange.getRequestHeaders().getFirst("If-Match")));
        // A reply for the exact query ("GET /api/v1/…?priority=HIGH") wins over the path's own.
        String query = exchange.getRequestURI().getRawQuery();
        Reply reply = replies.getOrDefault(method + " " + path + "?" + query, replies.get(method + " " + path));
        if (reply == null) {
            StubHttpService.answer(exchange, 404, "application/problem+json", """
                    {"type": "https://anskaf.dk/problems/not-found", "status": 404}""");
            return;
        }
        String type = reply.status() >= 400 ? "application/problem+json" : "application/json";
        if (reply.status() == 204) {
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
            return;
        }
        StubHttpService.answer(exchange, reply.status(), type, reply.body());
    }

    @Override
    public void close() {
        server.close();
    }
}
