package dk.anskaf.catalog.requirement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a user typed into the search field, as the three ways a requirement can match it:
 *
 * <ul>
 *   <li>an exact Krav id, when the whole text is a number ({@code 207});
 *   <li>Danish full text over name, description and rationale (stemmed, ranked: "databaserne" finds
 *       "database");
 *   <li>substrings of the same text, so word prefixes and parts of Danish compounds match ("medicin" finds
 *       "Medicinkort", "hjælpemiddel" finds "Hjælpemiddelbasen"), case-insensitively also for æøå. Every
 *       word of three or more letters or digits must occur; shorter words are left to the full-text
 *       search, as a trigram index cannot serve them and they would match nearly everything.
 * </ul>
 *
 * <p>Any text is accepted: control characters become spaces, {@code websearch_to_tsquery} never raises a
 * syntax error, and substrings keep only letters and digits, so {@code %}, {@code _}, {@code \}, quotes
 * and operators cannot change what a {@code LIKE} pattern means. All values are bound parameters.
 *
 * @param fullText the text for {@code websearch_to_tsquery('danish', ?)}, stripped, never blank
 * @param substrings the {@code LIKE} patterns ({@code %word%}) that must all occur in the lower-cased
 *     {@code search_text} (migration V13, served by a trigram index), possibly empty
 * @param excluded the patterns of words negated with a leading {@code -}, which must not occur, as in
 *     {@code websearch_to_tsquery}
 * @param id the Krav id the text names, if it is one
 */
record TextSearch(String fullText, List<String> substrings, List<String> excluded, Optional<Long> id) {

    private static final String FULL_TEXT = "websearch_to_tsquery('danish', ?)";
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern KRAV_ID = Pattern.compile("\\d{1,18}");
    /** A trigram index needs three characters to narrow anything down. */
    private static final int SHORTEST_SUBSTRING = 3;

    TextSearch {
        substrings = List.copyOf(substrings);
        excluded = List.copyOf(excluded);
    }

    /** The search for {@code text}, or empty when there is nothing to search for (null, blank). */
    static Optional<TextSearch> of(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String cleaned = CONTROL.matcher(text).replaceAll(" ").strip();
        if (cleaned.isEmpty()) {
            return Optional.empty();
        }
        List<String> substrings = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        for (String token : WHITESPACE.split(cleaned)) {
            List<String> patterns = token.startsWith("-") ? excluded : substrings;
            for (String word : NOT_WORD.split(token)) {
                String pattern = "%" + word + "%";
                if (word.codePointCount(0, word.length()) >= SHORTEST_SUBSTRING && !patterns.contains(pattern)) {
                    patterns.add(pattern);
                }
            }
        }
        Optional<Long> id = KRAV_ID.matcher(cleaned).matches() ? Optional.of(Long.valueOf(cleaned)) : Optional.empty();
        return Optional.of(new TextSearch(cleaned, substrings, excluded, id));
    }

    /** The condition a row must meet: any of the three ways. */
    void where(List<String> conditions, List<Object> params) {
        List<String> ways = new ArrayList<>();
        ways.add("r.search @@ " + FULL_TEXT);
        params.add(fullText);
        if (!substrings.isEmpty()) {
            List<String> all = new ArrayList<>();
            // search_text is lower-cased by PostgreSQL (V13); lower(?) lower-cases the pattern the same way.
            substrings.forEach(s -> all.add("r.search_text like lower(?)"));
            excluded.forEach(s -> all.add("r.search_text not like lower(?)"));
            ways.add("(" + String.join(" and ", all) + ")");
            params.addAll(substrings);
            params.addAll(excluded);
        }
        id.ifPresent(value -> {
            ways.add("r.id = ?");
            params.add(value);
        });
        conditions.add("(" + String.join(" or ", ways) + ")");
    }

    /**
     * The visible requirements whose text matches, at most {@code atMost} of them, in no order: taken from
     * the text indexes by {@code requirement_text_matches} (V17), as row-level security keeps PostgreSQL
     * from using them for {@link #where}. The Krav id is not among them; {@link #whereAmong} adds it.
     */
    List<Long> matches(JdbcClient jdbc, int atMost) {
        List<String> longestFirst = new ArrayList<>(substrings);
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
        Long[] ids = jdbc.sql("select requirement_text_matches(?, ?::text[], ?::text[], ?)")
                .params(fullText, longestFirst.toArray(String[]::new), excluded.toArray(String[]::new), atMost)
                .query((rs, n) -> (Long[]) rs.getArray(1).getArray())
                .single();
        return List.of(ids);
    }

    /**
     * The condition of {@link #where} for a search whose text matches are known ({@link #matches}): one of
     * those ids, or the Krav id typed. Read by primary key, so its cost follows the matches, not the catalogue.
     */
    void whereAmong(List<Long> textMatches, List<String> conditions, List<Object> params) {
        String among = "r.id = any(?::bigint[])";
        params.add(textMatches.toArray(Long[]::new));
        if (id.isPresent()) {
            among = "(" + among + " or r.id = ?)";
            params.add(id.get());
        }
        conditions.add(among);
    }

    /** An exact id match goes first in every order: whoever types a Krav id means that requirement. */
    void idFirst(List<String> order, List<Object> params) {
        id.ifPresent(value -> {
            order.add("(r.id = ?) desc");
            params.add(value);
        });
    }

    /**
     * Relevance after the id: rows the full-text search matches, by {@code ts_rank}, then rows only a
     * substring matched. ts_rank alone would not do, as it scores rows that contain only some of the words.
     */
    void relevance(List<String> order, List<Object> params) {
        order.add("(r.search @@ " + FULL_TEXT + ") desc");
        order.add("ts_rank(r.search, " + FULL_TEXT + ") desc");
        params.add(fullText);
        params.add(fullText);
    }
}
