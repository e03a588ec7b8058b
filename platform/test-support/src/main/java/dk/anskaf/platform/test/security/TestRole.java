package dk.anskaf.platform.test.security;

import java.util.Locale;

/**
 * The roles a test token can carry, by the platform's names ({@code Role}): test-support cannot depend
 * on the platform, which tests with it, so a platform test keeps the names and claim values equal.
 */
public enum TestRole {
    PURCHASER,
    EDITOR,
    ADMINISTRATOR,
    SIH,
    EMPLOYEE,
    /** Member of the cross-municipal editorial board (kravredaktion). */
    BOARD,
    OPERATOR,
    /** A supplier organisation's contact: no municipality (see {@link TestUsers#supplier}). */
    SUPPLIER,
    /**
     * A municipality's integration client (client credentials): the municipality's tenant claims; a test
     * adds the {@code scope} claim ({@code dialogue.read}) itself where it matters.
     */
    INTEGRATION;

    /** The value in the token's {@code roles} claim: the name in lower case, e.g. {@code editor}. */
    public String claimValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
