package dk.anskaf.catalog.snapshot;

import dk.anskaf.catalog.requirement.OwnerKind;
import dk.anskaf.catalog.requirement.Parameters;
import dk.anskaf.platform.errors.ApiProblemException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The catalogue as dialogue-service needs it (DOMAIN.md §5.5), answered for the caller's municipality under
 * its row-level security (the dialogue service relays the purchaser's token):
 *
 * <ul>
 *   <li>{@code GET /api/v1/dialogue-candidates?domainIds=1,3&q=&page=0&size=100}: live requirements in any
 *       of the domains or marked for all domains, minus those the municipality opted out of, by name or text,
 *       in id order; a page of {@link Candidate}s with the total.
 *   <li>{@code POST /api/v1/requirement-snapshots} {@code {"ids":[…]}}: each requirement the caller sees,
 *       with everything a dialogue copies (names of category and sub-category, the municipality's Lokal
 *       beskrivelse, parameters, saas/on-premise), in one query. Ids the caller cannot see are left out.
 * </ul>
 */
@RestController
class DialogueCatalogController {

    /** @param type Lokalt krav, Samarbejdskrav or Tværkommunalt krav */
    record Candidate(
            long id,
            String name,
            String description,
            String priority,
            String type,
            String category,
            @Nullable String subCategory) {}

    record CandidatePage(List<Candidate> items, int page, int size, long total) {}

    record SnapshotRequest(
            @NotNull @Size(max = 1000, message = "Højst 1000 krav ad gangen")
            List<@NotNull Long> ids) {}

    /**
     * A requirement as a dialogue copies it. {@code description} keeps its {@code {{name|default|unit}}}
     * parameters, listed in {@code parameters}.
     */
    record Snapshot(
            long id,
            int version,
            String name,
            String description,
            @Nullable String localDescription,
            @Nullable String rationale,
            boolean elaborationRequired,
            String category,
            @Nullable String subCategory,
            String priority,
            boolean saas,
            boolean onPremise,
            List<Parameters.Parameter> parameters) {}

    private static final String VISIBLE_LIVE = """
            from requirement r
            join category c on c.id = r.category_id
            left join sub_category s on s.id = r.sub_category_id
            left join local_extension e on e.requirement_id = r.id
            where r.deleted_at is null
            """;

    private final JdbcClient jdbc;

    DialogueCatalogController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/api/v1/dialogue-candidates")
    @Transactional(readOnly = true)
    CandidatePage candidates(
            @RequestParam("domainIds") List<Integer> domainIds,
            @RequestParam(name = "q", required = false) @Nullable String q,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "size", defaultValue = "100") int size) {
        if (domainIds.isEmpty() || domainIds.size() > 50) {
            throw ApiProblemException.invalidField("domainIds", "Vælg mellem 1 og 50 domæner");
        }
        if (page < 0) {
            throw ApiProblemException.invalidField("page", "Siden kan ikke være negativ");
        }
        if (size < 1 || size > 100) {
            throw ApiProblemException.invalidField("size", "Vælg mellem 1 og 100 krav pr. side");
        }
        String search = q == null || q.isBlank() ? "" : q.strip().toLowerCase(Locale.ROOT);
        long[] total = {0};
        List<Candidate> items = new ArrayList<>();
        jdbc.sql("select r.id, r.name, r.description, r.priority, r.owner_kind, c.name as category, "
                        + "s.name as sub_category, count(*) over () as total "
                        + VISIBLE_LIVE
                        + """
                          and (r.all_domains or r.domain_ids && :domains::integer[])
                          and not coalesce(e.opted_out, false)
                          and (:q = '' or strpos(lower(r.name || ' ' || r.description), :q) > 0)
                        order by r.id
                        limit :size offset :offset
                        """)
                .param(
                        "domains",
                        "{"
                                + String.join(
                                        ",",
                                        domainIds.stream().map(String::valueOf).toList()) + "}")
                .param("q", search)
                .param("size", size)
                .param("offset", (long) page * size)
                .query(rs -> {
                    total[0] = rs.getLong("total");
                    items.add(new Candidate(
                            rs.getLong("id"),
                            rs.getString("name"),
                            Parameters.renderWithDefaults(rs.getString("description")),
                            rs.getString("priority"),
                            OwnerKind.valueOf(rs.getString("owner_kind")).typeLabel(),
                            rs.getString("category"),
                            rs.getString("sub_category")));
                });
        return new CandidatePage(items, page, size, total[0]);
    }

    @PostMapping("/api/v1/requirement-snapshots")
    @Transactional(readOnly = true)
    List<Snapshot> snapshots(@Valid @RequestBody SnapshotRequest request) {
        if (request.ids().isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select r.id, r.version, r.name, r.description, e.local_description, r.rationale, "
                        + "r.elaboration_required, c.name as category, s.name as sub_category, r.priority, r.saas, "
                        + "r.on_premise "
                        + VISIBLE_LIVE
                        + " and r.id = any(:ids::bigint[]) order by r.id")
                .param("ids", idArray(request.ids()))
                .query((rs, row) -> snapshot(rs))
                .list();
    }

    private static Snapshot snapshot(ResultSet rs) throws SQLException {
        String description = rs.getString("description");
        return new Snapshot(
                rs.getLong("id"),
                rs.getInt("version"),
                rs.getString("name"),
                description,
                rs.getString("local_description"),
                rs.getString("rationale"),
                rs.getBoolean("elaboration_required"),
                rs.getString("category"),
                rs.getString("sub_category"),
                rs.getString("priority"),
                rs.getBoolean("saas"),
                rs.getBoolean("on_premise"),
                Parameters.of(description));
    }

    private static String idArray(List<Long> ids) {
        return "{" + String.join(",", ids.stream().map(String::valueOf).toList()) + "}";
    }
}
