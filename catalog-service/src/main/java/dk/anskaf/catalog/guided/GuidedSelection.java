package dk.anskaf.catalog.guided;

import dk.anskaf.platform.errors.ApiProblemException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * "Guidet forløb": from a dialogue's domains and the answers to the filter
 * questions, which requirements are selected, out of how many possible, and why each one was chosen.
 * Rationale and the elaboration flag are kept (the incumbent drops them). "Ved ikke" counts as yes.
 * Choice where the incumbent is silent [R]: opted-out requirements count neither as selected nor as
 * possible.
 */
@RestController
class GuidedSelection {

    enum Answer {
        JA,
        NEJ,
        VED_IKKE
    }

    record Request(
            @NotEmpty(message = "Vælg mindst ét domæne") @Size(max = 50)
            List<@NotNull Integer> domainIds,

            @NotNull @Size(max = 50) Map<Integer, Answer> answers) {}

    record Selected(
            long id,
            String name,
            String description,
            String rationale,
            String priority,
            boolean elaborationRequired,
            List<String> reasons) {}

    record Result(int selectedCount, int possibleCount, List<Selected> selected) {}

    private final JdbcClient jdbc;

    GuidedSelection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @PostMapping("/api/v1/guided-selection")
    @Transactional(readOnly = true)
    Result select(@Valid @RequestBody Request request) {
        List<Integer> yes = request.answers().entrySet().stream()
                .filter(e -> e.getValue() != Answer.NEJ)
                .map(Map.Entry::getKey)
                .toList();
        String domains = "{"
                + String.join(
                        ",", request.domainIds().stream().map(String::valueOf).toList()) + "}";
        if (request.answers().keySet().stream().anyMatch(id -> !filterExists(id))) {
            throw ApiProblemException.invalidField("answers", "Ukendt spørgsmål");
        }
        Map<Long, Selected> selected = new LinkedHashMap<>();
        int[] possible = {0};
        jdbc.sql("""
                        select r.id, r.name, r.description, r.rationale, r.priority, r.elaboration_required, r.filter_ids,
                               r.all_filters, coalesce(e.favourite, false) as favourite
                        from requirement r
                        left join local_extension e on e.requirement_id = r.id
                        where r.deleted_at is null
                          and (r.all_domains or r.domain_ids && ?::integer[])
                          and not coalesce(e.opted_out, false)
                        order by r.id
                        """).param(domains).query(rs -> {
            possible[0]++;
            List<String> reasons = new ArrayList<>();
            Integer[] filters = (Integer[]) rs.getArray("filter_ids").getArray();
            for (Integer filter : filters) {
                if (yes.contains(filter)) {
                    reasons.add("filter:" + filter);
                }
            }
            if (rs.getBoolean("all_filters") && !yes.isEmpty()) {
                reasons.add("all-filters");
            }
            if (rs.getBoolean("favourite")) {
                reasons.add("favourite");
            }
            if (!reasons.isEmpty()) {
                long id = rs.getLong("id");
                selected.put(
                        id,
                        new Selected(
                                id,
                                rs.getString("name"),
                                rs.getString("description"),
                                rs.getString("rationale"),
                                rs.getString("priority"),
                                rs.getBoolean("elaboration_required"),
                                reasons));
            }
        });
        return new Result(selected.size(), possible[0], List.copyOf(selected.values()));
    }

    private boolean filterExists(int id) {
        return jdbc.sql("select exists (select 1 from filter where id = ?)")
                .param(id)
                .query(Boolean.class)
                .single();
    }
}
