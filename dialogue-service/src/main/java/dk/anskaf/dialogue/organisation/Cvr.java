package dk.anskaf.dialogue.organisation;

/**
 * A Danish CVR number (Det Centrale Virksomhedsregister): exactly 8 digits whose weighted sum with the
 * weights 2, 7, 6, 5, 4, 3, 2, 1 is divisible by 11 (the modulus-11 check of CVR, as Erhvervsstyrelsen
 * issues numbers). Spaces a user types between digit groups are dropped.
 */
public record Cvr(String value) {

    private static final int[] WEIGHTS = {2, 7, 6, 5, 4, 3, 2, 1};

    public Cvr {
        if (!valid(value)) {
            throw new IllegalArgumentException("Not a CVR number: " + value);
        }
    }

    /**
     * @param field the request member the value came from, named in the problem
     * @throws OrganisationRefused.InvalidCvr unless 8 digits passing modulus 11
     */
    public static Cvr parse(String input, String field) {
        String digits = input.replace(" ", "");
        if (!valid(digits)) {
            throw new OrganisationRefused.InvalidCvr(field);
        }
        return new Cvr(digits);
    }

    static boolean valid(String value) {
        if (!value.matches("[0-9]{8}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += WEIGHTS[i] * (value.charAt(i) - '0');
        }
        return sum % 11 == 0;
    }
}
