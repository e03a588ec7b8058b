package dk.anskaf.platform.client;

import dk.anskaf.platform.web.RequestIds;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.web.client.RestClient;

/**
 * {@code RestClient}s for calls to other Anskaf services: built from Boot's {@code RestClient.Builder}
 * (timeouts, observation, message converters), they carry the caller's access token and request id, and
 * a refusal or a missing answer arrives as a {@link ServiceProblemException}. Opt-in per client rather
 * than a customizer of every {@code RestClient}, so a call to anything outside the platform (a
 * municipality's identity provider) never gets a user's token.
 */
public final class ServiceRestClients {

    private final RestClient.Builder builder;

    ServiceRestClients(RestClient.Builder builder) {
        this.builder = builder;
    }

    /** A client for the service at {@code baseUrl} (e.g. {@code http://catalog:8081}). */
    public RestClient forService(String baseUrl) {
        return builder.clone()
                .baseUrl(baseUrl)
                .requestInterceptor(RELAY_AND_NO_ANSWER)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
                    throw ProblemReader.exception(response.getStatusCode().value(), response.getBody());
                })
                .build();
    }

    private static final ClientHttpRequestInterceptor RELAY_AND_NO_ANSWER = (request, body, execution) -> {
        TokenRelay.authorization()
                .ifPresent(authorization -> request.getHeaders().set(HttpHeaders.AUTHORIZATION, authorization));
        RequestIds.current().ifPresent(id -> request.getHeaders().set(RequestIds.HEADER, id));
        try {
            return execution.execute(request, body);
        } catch (IOException e) {
            throw ServiceProblemException.noAnswer(request.getURI().getHost(), e);
        }
    };
}
