package dk.anskaf.platform.test.security;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * Signs access tokens with the same claims and shape identity issues (see docs/security.md: header
 * {@code typ: at+jwt}, {@code aud: anskaf-api}) and serves the public key as a JWK set over HTTP, so
 * services verify test tokens exactly as they verify real ones. {@link Builder#asIdToken()} makes the
 * ID-token shape that resource servers must refuse. Used by tests, and by the local run until identity
 * exists.
 */
public final class TestTokens implements AutoCloseable {

    /** Claim names, mirrored from the platform's {@code AnskafClaims} (a platform test keeps them equal). */
    public static final String TENANT_ID = "tenant_id";

    public static final String TENANT_NAME = "tenant_name";
    public static final String KOMMUNEKODE = "kommunekode";
    public static final String ROLES = "roles";
    public static final String SUPPLIER_ORG = "supplier_org";
    public static final String SUPPLIER_ORG_NAME = "supplier_org_name";

    /** Mirrored from the platform's {@code AccessTokens}. */
    public static final String AUDIENCE = "anskaf-api";

    public static final String ACCESS_TOKEN_TYPE = "at+jwt";

    private static TestTokens shared;

    private final RSAKey key;
    private final NimbusJwtEncoder encoder;
    private final HttpServer server;

    private TestTokens(int port) {
        try {
            key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
            encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)));
            byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            server.createContext("/jwks", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, jwks.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(jwks);
                }
            });
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("Could not create a signing key", e);
        }
    }

    /** The token issuer of this JVM, on a free port. */
    public static synchronized TestTokens shared() {
        if (shared == null) {
            shared = new TestTokens(0);
        }
        return shared;
    }

    /** An issuer on a fixed port (the local run). */
    public static TestTokens onPort(int port) {
        return new TestTokens(port);
    }

    public String jwkSetUri() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/jwks";
    }

    public String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public Builder user(String subject) {
        return new Builder(subject);
    }

    /** The platform operator (tenant {@code operator}, role {@code operator}): e.g. for metrics. */
    public Builder operator() {
        return new Builder("drift").claim(TENANT_ID, "operator").roles("operator");
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** Builds one token; unset claims are left out, to test tokens that lack them. */
    public final class Builder {
        private final JwtClaimsSet.Builder claims;
        private final List<String> roles = new ArrayList<>();
        private Duration lifetime = Duration.ofMinutes(15);
        private boolean idToken;
        private List<String> audience = List.of(AUDIENCE);

        private Builder(String subject) {
            claims = JwtClaimsSet.builder().subject(subject).issuer(TestTokens.this.issuer());
        }

        /** A municipality: tenant id and kommunekode are the code, the name is "<name> Kommune". */
        public Builder municipality(String kommunekode, String name) {
            String slug = name.replace(" Kommune", "")
                    .toLowerCase(java.util.Locale.ROOT)
                    .replace("æ", "ae")
                    .replace("ø", "oe")
                    .replace("å", "aa");
            claims.claim("tenant_slug", slug)
                    .claim(TENANT_ID, kommunekode)
                    .claim(KOMMUNEKODE, kommunekode)
                    .claim(TENANT_NAME, name);
            return this;
        }

        /** A supplier contact of the organisation: no municipality, role {@code supplier}. */
        public Builder supplier(java.util.UUID organisation, String organisationName) {
            claims.claim(SUPPLIER_ORG, organisation.toString()).claim(SUPPLIER_ORG_NAME, organisationName);
            roles.add("supplier");
            return this;
        }

        public Builder claim(String name, Object value) {
            claims.claim(name, value);
            return this;
        }

        public Builder roles(String... values) {
            roles.addAll(List.of(values));
            return this;
        }

        public Builder person(String name, String email) {
            claims.claim("name", name).claim("email", email);
            return this;
        }

        /**
         * The shape of an OpenID Connect ID token for the gateway client, as identity issues it: audience the
         * client id, {@code azp}, {@code nonce}, no {@code typ: at+jwt}; same key, issuer and user claims.
         */
        public Builder asIdToken() {
            this.idToken = true;
            return this;
        }

        /** Another audience than {@code anskaf-api}, e.g. to test that it is refused. */
        public Builder audience(String... values) {
            this.audience = List.of(values);
            return this;
        }

        /** Another issuer than this JVM's, e.g. to test that it is refused. */
        public Builder issuer(String issuer) {
            claims.issuer(issuer);
            return this;
        }

        public Builder expiresIn(Duration lifetime) {
            this.lifetime = lifetime;
            return this;
        }

        public String mint() {
            Instant now = Instant.now();
            claims.issuedAt(now)
                    .expiresAt(now.plus(lifetime))
                    .id(UUID.randomUUID().toString());
            if (!roles.isEmpty()) {
                claims.claim(ROLES, List.copyOf(roles));
            }
            JwsHeader.Builder header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(key.getKeyID());
            if (idToken) {
                claims.audience(List.of("anskaf-gateway"))
                        .claim("azp", "anskaf-gateway")
                        .claim("nonce", UUID.randomUUID().toString());
                header.type("JWT");
            } else {
                claims.audience(audience);
                header.type(ACCESS_TOKEN_TYPE);
            }
            return encoder.encode(JwtEncoderParameters.from(header.build(), claims.build()))
                    .getTokenValue();
        }
    }
}
