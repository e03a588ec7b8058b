package dk.anskaf.identity.login;

/** What a refused login says, the same for every reason (docs/security.md: no user enumeration). */
public final class LoginRefusal {

    /** For an unknown user, a wrong password, a locked account and a throttled address alike. */
    public static final String MESSAGE = "Forkert brugernavn eller adgangskode, eller kontoen er midlertidigt spærret";

    private LoginRefusal() {}
}
