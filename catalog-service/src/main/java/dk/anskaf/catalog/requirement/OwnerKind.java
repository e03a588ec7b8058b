package dk.anskaf.catalog.requirement;

/** Who owns a requirement; the type users see ("Kilde") is derived from it. */
public enum OwnerKind {
    MUNICIPALITY("Lokalt krav"),
    COMMUNITY("Samarbejdskrav"),
    CROSS_MUNICIPAL("Tværkommunalt krav");

    private final String typeLabel;

    OwnerKind(String typeLabel) {
        this.typeLabel = typeLabel;
    }

    public String typeLabel() {
        return typeLabel;
    }

    /**
     * The value as an SQL literal, for conditions that must stay literal so PostgreSQL can match them to
     * partial indexes and row-level-security arms at planning time (V16); values from requests are bound.
     */
    public String sql() {
        return "'" + name() + "'";
    }
}
