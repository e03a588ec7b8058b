package dk.anskaf.notification.template;

import java.util.Arrays;
import java.util.Optional;

/**
 * The values a template may use, written {@code {name}} in subject and body. The first five are the
 * incumbent's, so municipalities' existing texts keep working; the rest are the
 * ones the platform's events carry. The sample value is what the preview shows.
 */
public enum Placeholder {
    MARKEDSDIALOG("markedsdialog", "Markedsdialogens titel", "Nyt ESDH-system til Borgerservice"),
    BESKED("besked", "Den besked, der blev skrevet ved hændelsen", "Vi ser frem til jeres svar."),
    SLUTTID("sluttid", "Svarfristen (eller \"ikke sat\")", "15. januar 2027 kl. 12.00"),
    FORRIGESLUTTID("forrigesluttid", "Den tidligere svarfrist", "15. januar 2027 kl. 12.00"),
    NYSLUTTID("nysluttid", "Den nye svarfrist", "29. januar 2027 kl. 12.00"),
    KOMMUNE("kommune", "Kommunens navn", "Favrskov Kommune"),
    LEVERANDOER("leverandør", "Leverandørens navn", "Eksempel Software A/S"),
    LINK("link", "Link til platformen (aldrig med adgangskode)", "https://anskaf.dk/"),
    KONTAKTEMAIL("kontaktemail", "Kommunens kontaktadresse", "it-indkoeb@favrskov.dk"),
    KRAV("krav", "Kravets navn", "Gendannelse af data"),
    KRAVID("kravid", "Kravets id", "1042"),
    BEGRUNDELSE("begrundelse", "Begrundelse, som den blev skrevet", "Kravet er relevant for alle kommuner."),
    ANMODER("anmoder", "Den, der anmodede", "Rita Redaktør"),
    BESLUTTER("beslutter", "Den, der besluttede eller trak anmodningen tilbage", "Karl Kravredaktør"),
    KATEGORI("kategori", "Kravets kategori", "Drift, vedligehold og support"),
    PRIORITET("prioritet", "Kravets prioritet", "Vigtigt krav"),
    MOEDEDATO("mødedato", "Datoen for kravredaktionens møde", "10. december 2026"),
    DAGSORDEN(
            "dagsorden",
            "Anmodningerne på mødets dagsorden, én pr. linje",
            "1042 Gendannelse af data (Favrskov Kommune)"),
    ANTAL("antal", "Antal anmodninger på dagsordenen", "1"),
    SAG("sag", "Indkøbssagens titel", "Nyt system til booking af lokaler"),
    KONTAKTPERSON("kontaktperson", "Sagens kontaktperson i indkøbsgruppen", "Ida Indkøber"),
    BESLUTNING("beslutning", "Beslutningen om sagen", "Godkendt"),
    SYSTEM("system", "It-systemets navn", "Lokalebooking"),
    KONTRAKTUDLOEB("kontraktudløb", "Kontraktens udløbsdato", "30. november 2027"),
    // ---- Market dialogues II, qa: questions and answers ----
    SPOERGSMAAL("spørgsmål", "Leverandørens spørgsmål, som det blev skrevet", "Må kopien være 24 timer gammel?"),
    SVAR("svar", "Kommunens svar, som det blev skrevet", "Nej, højst 4 timer gammel.");

    private final String token;
    private final String description;
    private final String sample;

    Placeholder(String token, String description, String sample) {
        this.token = token;
        this.description = description;
        this.sample = sample;
    }

    /** The name between the braces. */
    public String token() {
        return token;
    }

    public String description() {
        return description;
    }

    public String sample() {
        return sample;
    }

    public static Optional<Placeholder> byToken(String token) {
        return Arrays.stream(values()).filter(p -> p.token.equals(token)).findFirst();
    }
}
