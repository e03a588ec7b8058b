package dk.anskaf.notification.signin;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.endpoint.RestClientClientCredentialsTokenResponseClient;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Asks identity for a fresh sign-in link for a supplier contact: {@code POST
 * /internal/v1/supplier-sign-in-links} with {@code {"email","dialogueId"}}, authenticated with a
 * client-credentials token of this service's machine client (Spring Security's OAuth2 client, token kept
 * until it expires). 201 gives the link; 404 means the address has no valid supplier access (never
 * invited, or its dialogues are over) and 400 an address identity cannot take, which no retry changes;
 * anything else, including no answer within
 * the timeouts (2 s to connect, 5 s to answer), means identity is unavailable and the caller tries later.
 * The link is returned only to the caller and never logged.
 */
@Component
public class SignInLinks {

    private static final Logger log = LoggerFactory.getLogger(SignInLinks.class);
    private static final String REGISTRATION = "anskaf-notification";
    static final String SCOPE = "supplier-links";
    static final String PATH = "/internal/v1/supplier-sign-in-links";

    /** What identity said. */
    public sealed interface Outcome {}

    /** A link that leads the address's owner to sign in; valid once, until {@code expiresAt}. */
    public record Issued(String url, @Nullable Instant expiresAt) implements Outcome {}

    /**
     * Identity knows no valid supplier access for the address: the mail must not go out.
     *
     * @param waitable the access may still arrive (404: identity may not have read the invitation yet);
     *     false when asking again cannot help (400)
     */
    public record NoAccess(String reason, boolean waitable) implements Outcome {}

    /** Identity could not be asked or did not issue a link; try again later. */
    public record Unavailable(String reason) implements Outcome {}

    record LinkRequest(String email, @Nullable Long dialogueId) {}

    record LinkResponse(@Nullable String url, @Nullable Instant expiresAt) {}

    /** The client-credentials grant needs a principal name to key the token by; this service is the one. */
    private static final Authentication SERVICE = new AnonymousAuthenticationToken(
            REGISTRATION, REGISTRATION, AuthorityUtils.createAuthorityList("ROLE_SERVICE"));

    private final RestClient identity;

    SignInLinks(RestClient.Builder builder, IdentityProperties properties) {
        JdkClientHttpRequestFactory requests = requestFactory(properties);
        OAuth2ClientHttpRequestInterceptor bearer =
                new OAuth2ClientHttpRequestInterceptor(tokens(properties, requests));
        bearer.setClientRegistrationIdResolver(request -> REGISTRATION);
        bearer.setPrincipalResolver(request -> SERVICE);
        this.identity = builder.clone()
                .baseUrl(properties.url())
                .requestFactory(requests)
                .requestInterceptor(bearer)
                .build();
    }

    /** Never throws for identity's sake: every failure is an {@link Outcome}. */
    public Outcome issue(String email, @Nullable Long dialogueId) {
        try {
            return identity.post()
                    .uri(PATH)
                    .contentType(MediaType.APPLICATION_JSON)
                    .accept(MediaType.APPLICATION_JSON)
                    .body(new LinkRequest(email, dialogueId))
                    .exchange((request, response) -> {
                        int status = response.getStatusCode().value();
                        if (status == 404) {
                            return new NoAccess("no valid supplier access", true);
                        }
                        if (status == 400) {
                            return new NoAccess("identity refused the address", false); // asking again changes nothing
                        }
                        if (status != 201 && status != 200) {
                            return new Unavailable("identity answered " + status);
                        }
                        LinkResponse link = response.bodyTo(LinkResponse.class);
                        if (link == null || !isWebAddress(link.url())) {
                            return new Unavailable("identity answered without a link");
                        }
                        return new Issued(link.url(), link.expiresAt());
                    });
        } catch (RuntimeException e) {
            // No answer, a refused token request or an unreadable answer: nothing was issued to us.
            log.warn("No sign-in link from identity: {}", e.getMessage());
            return new Unavailable("identity unavailable: " + e.getClass().getSimpleName());
        }
    }

    private static boolean isWebAddress(@Nullable String url) {
        if (url == null || !(url.startsWith("https://") || url.startsWith("http://"))) {
            return false;
        }
        try {
            return URI.create(url).getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static JdkClientHttpRequestFactory requestFactory(IdentityProperties properties) {
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(client);
        factory.setReadTimeout(properties.readTimeout());
        return factory;
    }

    /** Tokens from identity's token endpoint, with the same time limits as the link call. */
    private static AuthorizedClientServiceOAuth2AuthorizedClientManager tokens(
            IdentityProperties properties, JdkClientHttpRequestFactory requests) {
        ClientRegistration registration = ClientRegistration.withRegistrationId(REGISTRATION)
                .clientId(properties.clientId())
                .clientSecret(properties.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scope(SCOPE)
                .tokenUri(properties.url() + "/oauth2/token")
                .build();
        var registrations = new InMemoryClientRegistrationRepository(registration);
        var manager = new AuthorizedClientServiceOAuth2AuthorizedClientManager(
                registrations, new InMemoryOAuth2AuthorizedClientService(registrations));
        var tokenClient = new RestClientClientCredentialsTokenResponseClient();
        tokenClient.setRestClient(RestClient.builder()
                .requestFactory(requests)
                .messageConverters(converters -> {
                    converters.clear();
                    converters.addAll(List.of(
                            new FormHttpMessageConverter(), new OAuth2AccessTokenResponseHttpMessageConverter()));
                })
                .defaultStatusHandler(new OAuth2ErrorResponseErrorHandler())
                .build());
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                .clientCredentials(credentials -> credentials.accessTokenResponseClient(tokenClient))
                .build());
        return manager;
    }
}
