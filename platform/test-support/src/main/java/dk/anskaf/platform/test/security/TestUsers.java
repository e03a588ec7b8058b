package dk.anskaf.platform.test.security;

import java.util.Arrays;

/**
 * Access tokens for typical users, signed by {@link TestTokens#shared()}: a user of a municipality with
 * some roles, or the platform operator. The subject is {@code <roles>-<kommunekode>}, the e-mail address
 * {@code <first name>@<kommunekode>.example}.
 */
public final class TestUsers {

    /** The person named in tokens when a test does not name one. */
    public static final String DEFAULT_PERSON = "Bodil Bruger";

    private TestUsers() {}

    /** A user called {@link #DEFAULT_PERSON} of the municipality, with the roles. */
    public static String token(String kommunekode, String municipality, TestRole... roles) {
        return token(DEFAULT_PERSON, kommunekode, municipality, claimValues(roles));
    }

    /**
     * A named user of the municipality; {@code municipality} is the tenant name ("Favrskov Kommune"),
     * {@code roles} the claim values ({@code editor}, {@code board} ...).
     */
    public static String token(String person, String kommunekode, String municipality, String... roles) {
        String firstName = person.split(" ")[0].toLowerCase(java.util.Locale.ROOT);
        return TestTokens.shared()
                .user(String.join("-", roles) + "-" + kommunekode)
                .municipality(kommunekode, municipality)
                .person(person, firstName + "@" + kommunekode + ".example")
                .roles(roles)
                .mint();
    }

    /** The platform operator (tenant {@code operator}, role {@code operator}), named Otto Operatør. */
    public static String operator() {
        return TestTokens.shared()
                .operator()
                .person("Otto Operatør", "drift@anskaf.example")
                .mint();
    }

    /**
     * A contact of a supplier organisation, as identity issues it after a sign-in link: subject {@code
     * contact}, the organisation's id and name, role {@code supplier}, no municipality.
     */
    public static String supplier(java.util.UUID organisation, String organisationName, String contact, String email) {
        return TestTokens.shared()
                .user(contact)
                .supplier(organisation, organisationName)
                .person(contact, email)
                .mint();
    }

    static String[] claimValues(TestRole... roles) {
        return Arrays.stream(roles).map(TestRole::claimValue).toArray(String[]::new);
    }
}
