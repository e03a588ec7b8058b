package dk.anskaf.platform.client;

import dk.anskaf.platform.web.RequestIds;
import feign.Capability;
import feign.RequestInterceptor;
import feign.Response;
import feign.codec.ErrorDecoder;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.web.client.RestClient;

/**
 * Outgoing calls of any application on the platform, Feign clients and {@code RestClient}s built from
 * Boot's {@code RestClient.Builder} alike: they carry the caller's access token ({@link TokenRelay}) and
 * the request id ({@link RequestIds}), and a refusal or a missing answer arrives as a
 * {@link ServiceProblemException} read from the service's problem+json, never as the HTTP library's own
 * exception. Needs neither a database nor Kafka.
 */
@AutoConfiguration
public class ServiceClientsAutoConfiguration {

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "feign.Feign")
    static class FeignClients {

        @Bean
        RequestInterceptor anskafTokenRelay() {
            return template -> {
                TokenRelay.authorization()
                        .ifPresent(authorization -> template.header(HttpHeaders.AUTHORIZATION, authorization));
                RequestIds.current().ifPresent(id -> template.header(RequestIds.HEADER, id));
            };
        }

        @Bean
        ErrorDecoder anskafProblemDecoder() {
            return (method, response) -> ProblemReader.exception(
                    response.status(), response.body() == null ? null : asStream(response.body()));
        }

        @Bean
        Capability anskafNoAnswer() {
            return new FeignNoAnswer();
        }

        private static InputStream asStream(Response.Body body) {
            try {
                return body.asInputStream();
            } catch (IOException e) {
                return InputStream.nullInputStream();
            }
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({RestClient.class, RestClientCustomizer.class})
    static class RestClients {

        @Bean
        RestClientCustomizer anskafServiceCalls() {
            ClientHttpRequestInterceptor relayAndNoAnswer = (request, body, execution) -> {
                TokenRelay.authorization()
                        .ifPresent(authorization -> request.getHeaders().set(HttpHeaders.AUTHORIZATION, authorization));
                RequestIds.current().ifPresent(id -> request.getHeaders().set(RequestIds.HEADER, id));
                try {
                    return execution.execute(request, body);
                } catch (IOException e) {
                    throw ServiceProblemException.noAnswer(request.getURI().getHost(), e);
                }
            };
            return builder -> builder.requestInterceptor(relayAndNoAnswer)
                    .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
                        throw ProblemReader.exception(response.getStatusCode().value(), response.getBody());
                    });
        }
    }
}
