package dk.anskaf.catalog.requirement;

/**
 * Priority of a requirement, weakest first: Option, Krav, Vigtigt krav, Mindstekrav (must be met); codes
 * match the incumbent's.
 */
public enum Priority {
    OPTIONAL("Option"),
    NORMAL("Krav"),
    HIGH("Vigtigt krav"),
    ABSOLUTE("Mindstekrav");

    private final String label;

    Priority(String label) {
        this.label = label;
    }

    /** The Danish label users see. */
    public String label() {
        return label;
    }
}
