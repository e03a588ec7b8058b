package dk.anskaf.identity.tenant;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/** Danish alphabetical order (æ, ø, å last), with the operator organisation after the municipalities. */
final class DanishOrder {

    private static final Collator DANISH = Collator.getInstance(Locale.forLanguageTag("da-DK"));

    static final Comparator<Tenant> BY_NAME = Comparator.comparing((Tenant t) -> "OPERATOR".equals(t.kind()))
            .thenComparing(Tenant::name, DANISH::compare);

    private DanishOrder() {}
}
