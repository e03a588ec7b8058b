package dk.anskaf.catalog.category;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Categories (Kategorier): reference data shared by every municipality. */
@Repository
public class CategoryRepository {

    private final JdbcClient jdbc;

    CategoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean exists(int id) {
        return jdbc.sql("select exists (select 1 from category where id = ?)")
                .param(id)
                .query(Boolean.class)
                .single();
    }

    public List<Category> all() {
        return jdbc.sql("select id, name from category order by name")
                .query(Category.class)
                .list();
    }

    public record Category(int id, String name) {}
}
