package dk.anskaf.catalog.imports;

import dk.anskaf.platform.errors.ApiProblemException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The catalogue's categories by a forgiving key: case, punctuation and spacing are ignored, so "Drift
 * vedligehold og support" finds "Drift, vedligehold og support". Names still unknown are mapped by the
 * user (the dry run lists them); a mapping names the file's text and a category id.
 */
final class CategoryNames {

    private final Map<String, Integer> byKey = new HashMap<>();
    private final Map<String, Integer> mapped = new HashMap<>();

    CategoryNames(JdbcClient jdbc, Map<String, Integer> userMapping) {
        Map<Integer, String> names = new HashMap<>();
        jdbc.sql("select id, name from category").query(rs -> {
            names.put(rs.getInt(1), rs.getString(2));
            byKey.put(key(rs.getString(2)), rs.getInt(1));
        });
        // The incumbent also displays "Integration" as "Integrationer".
        if (byKey.containsKey("integration")) {
            byKey.putIfAbsent("integrationer", byKey.get("integration"));
        }
        userMapping.forEach((name, id) -> {
            if (id == null || !names.containsKey(id)) {
                throw ApiProblemException.invalidField(
                        "categories", "Kategorien " + id + " for \"" + name + "\" findes ikke");
            }
            mapped.put(key(name), id);
        });
    }

    Optional<Integer> find(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String key = key(name);
        return Optional.ofNullable(byKey.getOrDefault(key, mapped.get(key)));
    }

    /** Letters and digits only, lower case, words separated by one space. */
    static String key(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return folded.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
