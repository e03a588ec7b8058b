package dk.anskaf.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The deadline rush's HTTP: JSON calls with either a bearer token (the purchaser's API client) or a
 * gateway session (a signed-in supplier contact: the session cookie, and the CSRF cookie echoed in
 * {@code X-XSRF-TOKEN} as the portal's scripts do). A non-2xx answer is an exception with the status and
 * body, so a caller can count it as an error.
 */
final class RushHttp {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient client;

    RushHttp(HttpClient client) {
        this.client = client;
    }

    /** How the caller proves who it is: a bearer token or a gateway session's cookies. */
    sealed interface Caller {
        HttpRequest.Builder sign(HttpRequest.Builder request);
    }

    record Bearer(String token) implements Caller {
        @Override
        public HttpRequest.Builder sign(HttpRequest.Builder request) {
            return request.header("Authorization", "Bearer " + token);
        }
    }

    record Session(String session, String csrf) implements Caller {
        @Override
        public HttpRequest.Builder sign(HttpRequest.Builder request) {
            return request.header("Cookie", "SESSION=" + session + "; XSRF-TOKEN=" + csrf)
                    .header("X-XSRF-TOKEN", csrf);
        }
    }

    static final class Refused extends IOException {
        final int status;

        Refused(String what, int status, String body) {
            super(what + " -> HTTP " + status + " " + body.substring(0, Math.min(body.length(), 400)));
            this.status = status;
        }
    }

    JsonNode get(Caller caller, String url) throws IOException, InterruptedException {
        return send(caller, "GET", url, null);
    }

    JsonNode post(Caller caller, String url, Object body) throws IOException, InterruptedException {
        return send(caller, "POST", url, body);
    }

    JsonNode put(Caller caller, String url, Object body) throws IOException, InterruptedException {
        return send(caller, "PUT", url, body);
    }

    JsonNode send(Caller caller, String method, String url, Object body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        }
        HttpResponse<String> response = client.send(caller.sign(request).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new Refused(method + " " + url, response.statusCode(), response.body());
        }
        return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
    }
}
