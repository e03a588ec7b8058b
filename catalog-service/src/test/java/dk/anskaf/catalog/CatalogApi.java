package dk.anskaf.catalog;

import dk.anskaf.platform.test.security.TestTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Calls the catalog's HTTP API as a real client would, with tokens from the test issuer. */
public final class CatalogApi {

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;
    private final Duration timeout;

    public CatalogApi(int port) {
        this(port, Duration.ofSeconds(20));
    }

    /** For requests that legitimately take long, such as importing 100,000 rows on a busy machine. */
    public CatalogApi(int port, Duration timeout) {
        this.port = port;
        this.timeout = timeout;
    }

    public static String editor(String kommunekode, String municipality) {
        return TestTokens.shared()
                .user("editor-" + kommunekode)
                .municipality(kommunekode, municipality)
                .person("Rita Redaktør", "rita@" + kommunekode + ".example")
                .roles("editor")
                .mint();
    }

    public HttpResponse<String> post(String path, String token, String json) {
        return send(request(path, token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    public HttpResponse<String> put(String path, String token, String ifMatch, String json) {
        HttpRequest.Builder request = request(path, token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return send(request.build());
    }

    public HttpResponse<byte[]> getBytes(String path, String token) {
        try {
            return http.send(request(path, token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A multipart/form-data upload of one file in the part "file". */
    public HttpResponse<String> upload(String path, String token, String filename, byte[] content) {
        String boundary = "anskaf-" + java.util.UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return send(request(path, token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build());
    }

    public HttpResponse<String> delete(String path, String token) {
        return send(request(path, token).DELETE().build());
    }

    public static String withRole(String kommunekode, String municipality, String... roles) {
        return TestTokens.shared()
                .user(String.join("-", roles) + "-" + kommunekode)
                .municipality(kommunekode, municipality)
                .person("Bodil Bruger", "bodil@" + kommunekode + ".example")
                .roles(roles)
                .mint();
    }

    public HttpResponse<String> get(String path, String token) {
        return send(request(path, token).GET().build());
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(timeout);
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The input fields of a requirement as the API shows it, to send back changed. */
    public static tools.jackson.databind.node.ObjectNode inputOf(tools.jackson.databind.JsonNode view) {
        var input = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        for (String field : java.util.List.of(
                "name",
                "description",
                "rationale",
                "categoryId",
                "subCategoryId",
                "priority",
                "domainIds",
                "allDomains",
                "filterIds",
                "allFilters",
                "principleIds",
                "interpretation",
                "stakeholders",
                "notes",
                "elaborationRequired",
                "saas",
                "onPremise")) {
            input.set(field, view.get(field));
        }
        return input;
    }

    public static String requirementJson(String name) {
        return """
                {"name":"%s","description":"Løsningen skal kunne gendanne data inden for [4 timer].",
                 "categoryId":6,"priority":"NORMAL","allDomains":true}""".formatted(name);
    }
}
