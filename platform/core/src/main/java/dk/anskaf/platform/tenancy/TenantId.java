package dk.anskaf.platform.tenancy;

import java.util.regex.Pattern;

/**
 * The tenant a request or message acts for: a municipality (its kommunekode, e.g. {@code 0710}) or the
 * operator organisation. Only ever created from a verified token claim or from an event the platform
 * itself published; never from a client-controlled header.
 */
public record TenantId(String value) {

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    public TenantId {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new IllegalArgumentException("Invalid tenant id");
        }
    }

    public static TenantId of(String value) {
        return new TenantId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
