package dk.anskaf.platform.test.api;

import dk.anskaf.platform.test.security.TestRole;
import dk.anskaf.platform.test.security.TestUsers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.function.IntSupplier;

/**
 * Calls a service under test over real HTTP on localhost, as a client with a token would. Two styles:
 * fluent, {@code api.as(TestRole.EDITOR, "0710").get("/api/v1/requirements")} giving an {@link
 * ApiResponse} with JSON and problem+json helpers; or token first, {@code api.get(path, token)} giving the
 * JDK's {@link HttpResponse}, for tests that mint their own tokens. A {@code null} token sends no
 * {@code Authorization} header. Every request has a timeout (20 s unless {@link #withTimeout} says
 * otherwise); an I/O failure or timeout is thrown as {@link IllegalStateException}.
 *
 * <p>In an {@code @AnskafIntegrationTest} inject it ({@code @Autowired ApiClient api}): it is bound to
 * the random port of the service the test started.
 */
public class ApiClient {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final IntSupplier port;
    private final Duration timeout;

    /** A client of the service on {@code port}. */
    public ApiClient(int port) {
        this(() -> port, Duration.ofSeconds(20));
    }

    /** For requests that legitimately take long, such as importing 100,000 rows on a busy machine. */
    public ApiClient(int port, Duration timeout) {
        this(() -> port, timeout);
    }

    /** A client whose port is looked up at each request (the server may start after the client exists). */
    public ApiClient(IntSupplier port, Duration timeout) {
        this.port = port;
        this.timeout = timeout;
    }

    /** The same service with another request timeout. */
    public ApiClient withTimeout(Duration timeout) {
        return new ApiClient(port, timeout);
    }

    /** The base address, e.g. {@code http://localhost:53211}. */
    public URI baseUri() {
        return URI.create("http://localhost:" + port.getAsInt());
    }

    /** A user called {@link TestUsers#DEFAULT_PERSON} with {@code role} in the municipality "Kommune <code>". */
    public Caller as(TestRole role, String kommunekode) {
        return as(TestUsers.token(kommunekode, "Kommune " + kommunekode, role));
    }

    /** Requests as a contact of the supplier organisation ({@link TestUsers#supplier}). */
    public Caller asSupplier(java.util.UUID organisation, String email) {
        return as(TestUsers.supplier(organisation, "Leverandør " + organisation, "supplier-" + email, email));
    }

    /** Requests with this bearer token ({@code null}: none). */
    public Caller as(String token) {
        return new Caller(token);
    }

    /** Requests without a token. */
    public Caller anonymous() {
        return new Caller(null);
    }

    public HttpResponse<String> get(String path, String token) {
        return send(request(path, token).GET().build());
    }

    public HttpResponse<byte[]> getBytes(String path, String token) {
        return send(request(path, token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    public HttpResponse<String> post(String path, String token, String json) {
        return send(json(request(path, token))
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    public HttpResponse<String> put(String path, String token, String json) {
        return put(path, token, null, json);
    }

    /** A PUT with {@code If-Match} when {@code ifMatch} is not null. */
    public HttpResponse<String> put(String path, String token, String ifMatch, String json) {
        HttpRequest.Builder request = json(request(path, token)).PUT(HttpRequest.BodyPublishers.ofString(json));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return send(request.build());
    }

    public HttpResponse<String> delete(String path, String token) {
        return send(request(path, token).DELETE().build());
    }

    /** A multipart/form-data upload of one file in the part "file". */
    public HttpResponse<String> upload(String path, String token, String filename, byte[] content) {
        String boundary = "anskaf-" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return send(request(path, token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build());
    }

    /** Sends a request the caller built (any method or header), on this client's timeout. */
    public HttpResponse<String> send(HttpRequest request) {
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** A request builder for {@code path} with the timeout and, when not null, the bearer token. */
    public HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(baseUri().resolve(path)).timeout(timeout);
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private static HttpRequest.Builder json(HttpRequest.Builder request) {
        return request.header("Content-Type", "application/json");
    }

    private static <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return HTTP.send(request, body);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted: " + request.method() + " " + request.uri(), e);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + e, e);
        }
    }

    /** Requests as one user (one token). */
    public final class Caller {

        private final String token;

        private Caller(String token) {
            this.token = token;
        }

        public ApiResponse get(String path) {
            return new ApiResponse(ApiClient.this.get(path, token));
        }

        public ApiResponse post(String path, String json) {
            return new ApiResponse(ApiClient.this.post(path, token, json));
        }

        public ApiResponse put(String path, String json) {
            return new ApiResponse(ApiClient.this.put(path, token, null, json));
        }

        public ApiResponse put(String path, String ifMatch, String json) {
            return new ApiResponse(ApiClient.this.put(path, token, ifMatch, json));
        }

        public ApiResponse delete(String path) {
            return new ApiResponse(ApiClient.this.delete(path, token));
        }

        public ApiResponse upload(String path, String filename, byte[] content) {
            return new ApiResponse(ApiClient.this.upload(path, token, filename, content));
        }
    }
}
