package dk.anskaf.platform.client;

import static dk.anskaf.platform.test.web.StubHttpService.answer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.anskaf.platform.errors.FieldError;
import dk.anskaf.platform.test.web.StubHttpService;
import dk.anskaf.platform.web.RequestIds;
import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.client.RestClient;

/**
 * A Feign client and a RestClient of an application on the web part alone (no database, no Kafka) call a
 * real HTTP server: both relay the user's token and the request id, and a refusal or a server that does not answer arrives
 * as the same {@link ServiceProblemException}.
 */
@SpringBootTest(
        classes = ServiceClientsIntegrationTests.Application.class,
        webEnvironment = SpringBootTest.WebEnvironment.NONE)
class ServiceClientsIntegrationTests {

    private static final StubHttpService SERVICE = service();
    private static final int NOBODY = freePort();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("test.service.url", SERVICE::url);
        registry.add("test.nobody.url", () -> "http://127.0.0.1:" + NOBODY);
    }

    @AfterAll
    static void stop() {
        SERVICE.close();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Autowired
    ServiceClient feign;

    @Autowired
    NobodyClient nobody;

    @Autowired
    ServiceRestClients serviceClients;

    @Autowired
    RestClient.Builder restClients;

    @Test
    void bothKindsOfClientRelayTheUsersToken() {
        TokenRelayTests.signIn("the.users.token");

        assertThat(feign.echo()).isEqualTo("Bearer the.users.token");
        assertThat(rest().get().uri("/echo").retrieve().body(String.class)).isEqualTo("Bearer the.users.token");
    }

    @Test
    void bothKindsOfClientPassOnTheRequestIdOfTheRequestBeingHandled() {
        MDC.put(RequestIds.MDC_KEY, "a1b2c3d4-from-the-gateway");
        try {
            assertThat(feign.requestId()).isEqualTo("a1b2c3d4-from-the-gateway");
            assertThat(rest().get().uri("/request-id").retrieve().body(String.class))
                    .isEqualTo("a1b2c3d4-from-the-gateway");
        } finally {
            MDC.remove(RequestIds.MDC_KEY);
        }
        assertThat(feign.requestId()).isEqualTo("none");
    }

    /** Only clients made for a service relay: Boot's plain builder may call anything, e.g. an outside provider. */
    @Test
    void aRestClientNotMadeForAServiceCarriesNoToken() {
        TokenRelayTests.signIn("the.users.token");

        assertThat(restClients
                        .baseUrl(SERVICE.url())
                        .build()
                        .get()
                        .uri("/echo")
                        .retrieve()
                        .body(String.class))
                .isEqualTo("none");
    }

    @Test
    void aValidationRefusalArrivesWithItsFieldErrorsFromBothKindsOfClient() {
        assertThatThrownBy(feign::refuse)
                .isInstanceOfSatisfying(ServiceProblemException.BadRequest.class, this::isTheRefusal);
        assertThatThrownBy(() -> rest().get().uri("/refuse").retrieve().body(String.class))
                .isInstanceOfSatisfying(ServiceProblemException.BadRequest.class, this::isTheRefusal);
    }

    @Test
    void aServiceThatDoesNotAnswerIsUnavailableNotAnHttpLibraryError() {
        assertThatThrownBy(nobody::echo).isInstanceOfSatisfying(ServiceProblemException.Unavailable.class, e -> {
            assertThat(e.status()).isEqualTo(ServiceProblemException.NO_ANSWER);
            assertThat(e.type()).isEqualTo("service-unavailable");
            assertThat(e.getMessage()).contains("nobody");
        });
        assertThatThrownBy(() -> serviceClients
                        .forService("http://127.0.0.1:" + NOBODY)
                        .get()
                        .uri("/echo")
                        .retrieve()
                        .body(String.class))
                .isInstanceOfSatisfying(
                        ServiceProblemException.Unavailable.class,
                        e -> assertThat(e.unavailable()).isTrue());
    }

    private void isTheRefusal(ServiceProblemException e) {
        assertThat(e.status()).isEqualTo(400);
        assertThat(e.type()).isEqualTo("validation");
        assertThat(e.detail()).isEqualTo("Kravet kan ikke gemmes");
        assertThat(e.fieldErrors()).containsExactly(new FieldError("name", "skal udfyldes"));
    }

    private RestClient rest() {
        return serviceClients.forService(SERVICE.url());
    }

    @FeignClient(name = "service", url = "${test.service.url}")
    interface ServiceClient {
        @GetMapping("/echo")
        String echo();

        @GetMapping("/request-id")
        String requestId();

        @GetMapping("/refuse")
        String refuse();
    }

    @FeignClient(name = "nobody", url = "${test.nobody.url}")
    interface NobodyClient {
        @GetMapping("/echo")
        String echo();
    }

    @SpringBootApplication
    @EnableFeignClients(clients = {ServiceClient.class, NobodyClient.class})
    static class Application {}

    private static StubHttpService service() {
        return StubHttpService.start()
                .on("/echo", exchange -> {
                    String authorization = exchange.getRequestHeaders().getFirst("Authorization");
                    answer(exchange, 200, "text/plain", authorization == null ? "none" : authorization);
                })
                .on("/request-id", exchange -> {
                    String id = exchange.getRequestHeaders().getFirst("X-Request-Id");
                    answer(exchange, 200, "text/plain", id == null ? "none" : id);
                })
                .on("/refuse", exchange -> answer(exchange, 400, "application/problem+json", """
                        {"type":"https://anskaf.dk/problems/validation","title":"Ugyldige oplysninger","status":400,
                         "detail":"Kravet kan ikke gemmes","errors":[{"field":"name","message":"skal udfyldes"}]}
                        """));
    }

    /** A port nothing listens on: taken and released at once. */
    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
