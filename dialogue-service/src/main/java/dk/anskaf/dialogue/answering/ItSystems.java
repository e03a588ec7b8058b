package dk.anskaf.dialogue.answering;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The cached IT-system catalogue: searched by system or supplier name, at most 50 by name. */
@Component
class ItSystems {

    private final JdbcClient jdbc;

    ItSystems(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    List<ItSystem> search(@Nullable String query) {
        String q = query == null
                ? ""
                : query.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return jdbc.sql("""
                        select kitos_uuid, name, supplier_name from it_system
                        where name ilike ? escape '\\' or supplier_name ilike ? escape '\\'
                        order by lower(name) limit 50
                        """)
                .params("%" + q + "%", "%" + q + "%")
                .query(ItSystem.class)
                .list();
    }

    Optional<ItSystem> find(UUID kitosUuid) {
        return jdbc.sql("select kitos_uuid, name, supplier_name from it_system where kitos_uuid = ?")
                .param(kitosUuid)
                .query(ItSystem.class)
                .optional();
    }
}
