package dk.anskaf.dialogue.organisation;

import java.util.Locale;

/**
 * A contact's e-mail address, lower-cased so that one address is one contact however it is typed
 * (identity matches sign-in requests the same way). Only the shape is checked: one {@code @}, a dot in
 * the domain, no spaces; whether the mailbox exists shows when the invitation is delivered.
 */
public record EmailAddress(String value) {

    private static final String SHAPE = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

    /**
     * @param field the request member, named in the problem
     * @throws OrganisationRefused.InvalidEmail unless it has the shape of an address (at most 320 characters)
     */
    public static EmailAddress parse(String input, String field) {
        String address = input.strip().toLowerCase(Locale.ROOT);
        if (address.length() > 320 || !address.matches(SHAPE)) {
            throw new OrganisationRefused.InvalidEmail(field);
        }
        return new EmailAddress(address);
    }

    /** The domain part: shown, never used to decide which organisation an address belongs to. */
    public String domain() {
        return value.substring(value.indexOf('@') + 1);
    }
}
