package dk.anskaf.notification;

import dk.anskaf.platform.test.security.TestTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Calls notification-service's HTTP API as a real client, with tokens from the test issuer. */
public final class NotificationApi {

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;

    public NotificationApi(int port) {
        this.port = port;
    }

    /** A user of a municipality with the given roles (administrator, editor, board ...). */
    public static String user(String kommunekode, String municipality, String... roles) {
        return TestTokens.shared()
                .user(String.join("-", roles) + "-" + kommunekode)
                .municipality(kommunekode, municipality)
                .person("Anne Admin", "anne@" + kommunekode + ".example")
                .roles(roles)
                .mint();
    }

    public static String operator() {
        return TestTokens.shared()
                .user("drift")
                .claim(TestTokens.TENANT_ID, "operator")
                .person("Otto Operatør", "drift@anskaf.example")
                .roles("operator")
                .mint();
    }

    public HttpResponse<String> get(String path, String token) {
        return send(request(path, token).GET().build());
    }

    public HttpResponse<String> put(String path, String token, String json) {
        return send(request(path, token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    public HttpResponse<String> post(String path, String token, String json) {
        return send(request(path, token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    public HttpResponse<String> delete(String path, String token) {
        return send(request(path, token).DELETE().build());
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
