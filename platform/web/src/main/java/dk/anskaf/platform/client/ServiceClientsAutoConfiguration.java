package dk.anskaf.platform.client;

import dk.anskaf.platform.web.RequestIds;
import feign.Capability;
import feign.RequestInterceptor;
import feign.Response;
import feign.codec.ErrorDecoder;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.client.RestClient;

/**
 * Calls to other services, from any application on the platform: Feign clients, and {@code RestClient}s
 * from {@link ServiceRestClients}, carry the caller's access token ({@link TokenRelay}) and the request id
 * ({@link RequestIds}), and a refusal or a missing answer arrives as a {@link ServiceProblemException}
 * read from the service's problem+json, never as the HTTP library's own exception. Needs neither a
 * database nor Kafka.
 */
@AutoConfiguration(after = RestClientAutoConfiguration.class)
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
    @ConditionalOnClass(RestClient.class)
    static class RestClients {

        /** From Boot's builder where there is one (timeouts, observation), else from a plain one. */
        @Bean
        ServiceRestClients anskafServiceRestClients(ObjectProvider<RestClient.Builder> builder) {
            return new ServiceRestClients(builder.getIfAvailable(RestClient::builder));
        }
    }
}
