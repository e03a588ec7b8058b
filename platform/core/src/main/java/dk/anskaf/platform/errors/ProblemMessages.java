package dk.anskaf.platform.errors;

import java.util.List;
import java.util.Locale;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The texts of problems, from the bundle {@code anskaf/problems} on the classpath: {@code
 * problems.properties} is Danish, {@code problems_en.properties} English. Keys are {@link
 * DomainException} slugs, {@code title.<kind>} for titles (a slug may override with {@code
 * <slug>.title}), and {@code platform.*} for the platform's own problems. Any module with the platform on
 * its classpath (the portal too) reads the same texts.
 */
public final class ProblemMessages {

    /** Danish unless the caller asks for English: the platform serves Danish municipalities. */
    public static final Locale DANISH = Locale.of("da");

    private static final List<Locale> SUPPORTED = List.of(DANISH, Locale.ENGLISH);
    private static final ProblemMessages SHARED = new ProblemMessages();

    private final ResourceBundleMessageSource source = new ResourceBundleMessageSource();

    private ProblemMessages() {
        source.setBasename("anskaf/problems");
        source.setDefaultEncoding("UTF-8");
        // Without a file for the locale asked for, the base (Danish) file answers, not the JVM's locale.
        source.setFallbackToSystemLocale(false);
        source.setUseCodeAsDefaultMessage(false);
    }

    public static ProblemMessages shared() {
        return SHARED;
    }

    /**
     * The language to answer in for an {@code Accept-Language} header: English if it prefers English over
     * Danish, else Danish (also without a header).
     */
    public static Locale localeFor(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return DANISH;
        }
        try {
            Locale chosen = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
            return chosen == null ? DANISH : chosen;
        } catch (IllegalArgumentException malformed) {
            return DANISH;
        }
    }

    /**
     * The text of {@code key} in {@code locale}, formatted with {@code args}.
     *
     * @throws NoSuchMessageException if the bundle lacks the key (a test keeps every slug covered)
     */
    public String text(String key, Locale locale, Object... args) {
        return source.getMessage(key, args, locale);
    }

    /** The text of {@code key}, or {@code fallbackKey}'s when the bundle has no {@code key}. */
    public String textOr(String key, String fallbackKey, Locale locale) {
        try {
            return source.getMessage(key, null, locale);
        } catch (NoSuchMessageException absent) {
            return text(fallbackKey, locale);
        }
    }
}
