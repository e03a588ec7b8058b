package dk.anskaf.platform.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtTypeValidator;

/**
 * What makes a JWT an Anskaf access token, as opposed to an ID token or another issuer's token (RFC 9068,
 * JWT profile for OAuth 2.0 access tokens): header {@code typ} is {@code at+jwt} and {@code aud} contains
 * {@link #AUDIENCE}. identity issues them so; every resource server checks both, plus the issuer
 * ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri}, default in the platform defaults).
 *
 * <p>Why: an ID token is signed by the same keys and carries the same user, but is meant for the client
 * only and ends up in browser URLs (RP-initiated logout's {@code id_token_hint}). Without these checks it
 * was accepted as a bearer token.
 */
public final class AccessTokens {

    /** The {@code aud} value of every access token identity issues, for every client. */
    public static final String AUDIENCE = "anskaf-api";

    /** The JWT header {@code typ} of access tokens (RFC 9068 §2.1). */
    public static final String TYPE = "at+jwt";

    private AccessTokens() {}

    /**
     * Refuses a JWT whose {@code typ} header is not {@code at+jwt} (or {@code application/at+jwt}); a
     * missing {@code typ} is refused too. Registered as a bean, Spring Boot adds it to the resource
     * server's decoder in place of its default type check (which accepts {@code JWT}).
     */
    public static OAuth2TokenValidator<Jwt> typeValidator() {
        return new JwtTypeValidator(List.of(TYPE, "application/" + TYPE));
    }

    /**
     * All checks for a decoder built by hand (identity's own): lifetime, type, audience, and the issuer when
     * given (blank: not checked). Spring's RFC 9068 builder would also demand one fixed {@code client_id},
     * which the platform's tokens, issued to many clients, cannot meet.
     */
    public static OAuth2TokenValidator<Jwt> validator(String issuer) {
        List<OAuth2TokenValidator<Jwt>> rules = new ArrayList<>(
                List.of(new JwtTimestampValidator(), typeValidator(), new JwtAudienceValidator(AUDIENCE)));
        if (issuer != null && !issuer.isBlank()) {
            rules.add(new JwtIssuerValidator(issuer));
        }
        return new DelegatingOAuth2TokenValidator<>(rules);
    }
}
