package dk.anskaf.portal.supplier;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Deadlines as suppliers read them: in Danish time (Europe/Copenhagen), whatever offset the service sent
 * and wherever the portal runs (DOMAIN.md §5.11: the deadline holds to the minute in Danish time). Used by
 * the templates as {@code @supplierTime}.
 */
@Component("supplierTime")
public class SupplierTime {

    static final ZoneId DANISH = ZoneId.of("Europe/Copenhagen");

    private final Clock clock;

    SupplierTime() {
        this(Clock.systemUTC());
    }

    SupplierTime(Clock clock) {
        this.clock = clock;
    }

    /** "1. december 2026 kl. 12:00" (Danish) or "1 December 2026 at 12:00" (English); empty for none. */
    public String format(@Nullable OffsetDateTime time, Locale locale) {
        if (time == null) {
            return "";
        }
        boolean english = "en".equals(locale.getLanguage());
        DateTimeFormatter pattern = DateTimeFormatter.ofPattern(
                english ? "d MMMM yyyy 'at' HH:mm" : "d. MMMM yyyy 'kl.' HH:mm", english ? Locale.ENGLISH : locale);
        return pattern.format(time.atZoneSameInstant(DANISH));
    }

    /** Whether the deadline has passed: answers can no longer be saved. */
    public boolean passed(@Nullable OffsetDateTime deadline) {
        return deadline != null && !deadline.toInstant().isAfter(clock.instant());
    }
}
