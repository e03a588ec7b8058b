package dk.anskaf.identity.federation;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns an upstream provider's role values into Anskaf roles. The incumbent's claim values
 * ({@code http://kravmotoren.dk/editor} ...) are always understood, so a municipality can move its
 * claim rules over unchanged; anything else needs an explicit "upstream=role" pair. Unknown values give
 * no role. Board and operator memberships never come from a municipality.
 */
final class RoleMapping {

    private static final Set<String> GRANTABLE = Set.of("purchaser", "editor", "administrator", "sih", "employee");
    private static final Map<String, String> INCUMBENT = Map.of(
            "http://kravmotoren.dk/editor", "editor",
            "http://kravmotoren.dk/purchaser", "purchaser",
            "http://kravmotoren.dk/admin", "administrator");

    private final Map<String, String> mapping;

    private RoleMapping(Map<String, String> mapping) {
        this.mapping = mapping;
    }

    static RoleMapping parse(String pairs) {
        Map<String, String> mapping = new HashMap<>(INCUMBENT);
        if (pairs != null) {
            for (String pair : pairs.split(",")) {
                int at = pair.lastIndexOf('=');
                if (at > 0) {
                    mapping.put(
                            pair.substring(0, at).strip(),
                            pair.substring(at + 1).strip());
                }
            }
        }
        return new RoleMapping(mapping);
    }

    List<String> rolesFor(Collection<String> upstreamValues) {
        Set<String> roles = new LinkedHashSet<>();
        for (String value : upstreamValues) {
            String role = mapping.get(value);
            if (role != null && GRANTABLE.contains(role)) {
                roles.add(role);
            }
        }
        return List.copyOf(roles);
    }
}
