package dk.anskaf.catalog.requirement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.anskaf.catalog.CatalogApi;
import dk.anskaf.platform.test.api.ApiClient;
import dk.anskaf.platform.test.fixture.IntegrationFixture;
import dk.anskaf.platform.test.spring.AnskafIntegrationTest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * List pages whose cost does not grow with the catalogue (issue #12): the total is counted up to 10,000
 * and flagged as a lower bound above, pages stop at the same depth, and every sort is read from an index
 * in order rather than sorting (or windowing over) every match.
 */
@AnskafIntegrationTest
class RequirementListPagesIntegrationTests {

    @Autowired
    ApiClient api;

    private static final List<RequirementQuery.Sort> SORTS = List.of(
            RequirementQuery.Sort.ID,
            RequirementQuery.Sort.NAME,
            RequirementQuery.Sort.UPDATED,
            RequirementQuery.Sort.PRIORITY,
            RequirementQuery.Sort.CATEGORY);

    @Autowired
    Environment environment;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IntegrationFixture fixture;

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void theTotalIsExactUpToTenThousandAndALowerBoundAbove() {
        String kommunekode = "9801";
        String editor = CatalogApi.editor(kommunekode, "Testkommune " + kommunekode);
        seedLocal(kommunekode, 10_000, "almindelig");

        JsonNode exact = page(editor, "list=LOCAL&size=10");
        assertThat(exact.get("total").asLong()).isEqualTo(10_000);
        assertThat(exact.get("totalExact").asBoolean()).isTrue();

        seedLocal(kommunekode, 1, "sjældenhed");
        JsonNode capped = page(editor, "list=LOCAL&size=10");
        assertThat(capped.get("total").asLong()).isEqualTo(10_000);
        assertThat(capped.get("totalExact").asBoolean()).isFalse();
        assertThat(capped.get("items")).hasSize(10);

        JsonNode rare = page(editor, "list=LOCAL&q=sjældenhed");
        assertThat(rare.get("total").asLong()).isEqualTo(1);
        assertThat(rare.get("totalExact").asBoolean()).isTrue();
    }

    @Test
    void relevanceOnAWordInThousandsOfRowsIsOrderedByKravIdNotRanked() {
        String kommunekode = "9802";
        String editor = CatalogApi.editor(kommunekode, "Testkommune " + kommunekode);
        seedLocal(kommunekode, RequirementQuery.RANKED_AT_MOST + 1, "overalt");

        JsonNode page = page(editor, "list=LOCAL&q=overalt&sort=RELEVANCE&size=50");

        List<Long> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("id").asLong()));
        assertThat(ids).hasSize(50).isSorted();
        // Counting such a word further would test the text of rows in proportion to the catalogue.
        assertThat(page.get("total").asLong()).isEqualTo(RequirementQuery.RANKED_AT_MOST);
        assertThat(page.get("totalExact").asBoolean()).isFalse();
    }

    @Test
    void aRareWordIsTakenFromTheTextIndexesAndItsPageIsReadByPrimaryKey() throws SQLException {
        try (Connection owner = ownerConnection()) {
            owner.setAutoCommit(false);
            try (Statement sql = owner.createStatement()) {
                seedMixedCatalogue(owner, 30_000);
                sql.execute("select set_config('app.cross_tenant', 'on', true)");
                long visible = id(sql, """
                        insert into requirement (owner_kind, name, description, category_id, priority,
                            created_by, updated_by)
                        values ('CROSS_MUNICIPAL', 'Fælles Medicinkort', 'Opslag i FMK', 1, 'NORMAL', 't', 't')
                        returning id""");
                long otherMunicipalitys = id(sql, """
                        insert into requirement (owner_kind, tenant_id, name, description, category_id, priority,
                            created_by, updated_by)
                        values ('MUNICIPALITY', 'x2', 'Lokalt medicinkort', 'Kun x2', 1, 'NORMAL', 't', 't')
                        returning id""");
                sql.execute("analyze requirement_text");
                // Rows just written wait in the GIN indexes' pending lists (at most gin_pending_list_limit,
                // 4 MB), which every search reads until autovacuum merges them; merged here as it would.
                sql.execute("select gin_clean_pending_list('requirement_text_search'::regclass)");
                sql.execute("select gin_clean_pending_list('requirement_text_substrings'::regclass)");
                sql.execute("select set_config('app.cross_tenant', 'off', true)");

                TextSearch rare = TextSearch.of("medicinkort").orElseThrow();
                String matches = "requirement_text_matches('medicinkort', array['%medicinkort%'], '{}', 1001)";
                // Only what row-level security lets tenant x1 see, though the copy holds x2's text too.
                List<Long> found = new ArrayList<>();
                for (String id : text(sql, "select array_to_string(" + matches + ", ',')")
                        .split(",")) {
                    found.add(Long.valueOf(id));
                }
                assertThat(found).contains(visible).doesNotContain(otherMunicipalitys);
                // Read from the text indexes: a few pages, where testing every row's text reads hundreds.
                JsonNode function = explainAnalyzed(owner, "select " + matches);
                assertThat(function.get("Shared Hit Blocks").asInt()
                                + function.get("Shared Read Blocks").asInt())
                        .as(function.toString())
                        .isLessThan(100);

                RequirementQuery query =
                        query(RequirementQuery.ListKind.ALL, "medicinkort", RequirementQuery.Sort.RELEVANCE, false);
                RequirementQuery.Sql page = query.toSql(1, List.of(visible));
                List<String> nodes = new ArrayList<>();
                List<String> indexes = new ArrayList<>();
                walk(
                        explain(
                                owner,
                                RequirementRepository.pageSql(page),
                                RequirementRepository.pageParams(query, page)),
                        nodes,
                        indexes);
                assertThat(nodes).doesNotContain("Seq Scan on requirement");
                assertThat(indexes).contains("requirement_pkey");
                assertThat(rare.substrings()).containsExactly("%medicinkort%");
            } finally {
                owner.rollback();
            }
        }
    }

    @Test
    void theApplicationCannotReadTheCopyOfTheTexts() throws SQLException {
        try (Connection app = DriverManager.getConnection(
                        environment.getRequiredProperty("spring.datasource.url"),
                        environment.getRequiredProperty("spring.datasource.username"),
                        environment.getRequiredProperty("spring.datasource.password"));
                Statement sql = app.createStatement()) {
            assertThatThrownBy(() -> sql.executeQuery("select count(*) from requirement_text"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("permission denied");
        }
    }

    @Test
    void aPageBeyondTheFirstTenThousandIsRefusedNamingThePage() {
        String editor = CatalogApi.editor("0710", "Favrskov Kommune");
        HttpResponse<String> deep = api.get("/api/v1/requirements?list=ALL&size=100&page=100", editor);

        assertThat(deep.statusCode()).as(deep.body()).isEqualTo(400);
        assertThat(deep.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(deep.body()).contains("\"page\"").contains("10.000");
        assertThat(page(editor, "list=ALL&size=100&page=99").get("items")).isNotNull();
    }

    @Test
    void theCategorySortFollowsARenameOfTheCategory() {
        String editor = CatalogApi.editor("0710", "Favrskov Kommune");
        String board = CatalogApi.withRole("0615", "Horsens Kommune", "editor", "board");
        String marker = "Sortmk" + Long.toString(System.nanoTime(), 36);
        String added = "{\"name\":\"Ydre " + marker + "\"}";
        int category = json.readTree(api.post("/api/v1/classifications/categories", board, added)
                        .body())
                .get("id")
                .asInt();
        for (int categoryId : List.of(category, 1)) {
            String requirement = "{\"name\":\"" + marker + " i kategori " + categoryId
                    + "\",\"description\":\"d\",\"categoryId\":" + categoryId
                    + ",\"priority\":\"NORMAL\",\"allDomains\":true}";
            HttpResponse<String> created = api.post("/api/v1/requirements", editor, requirement);
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        }
        assertThat(categories(page(editor, "list=LOCAL&sort=CATEGORY&q=" + marker)))
                .containsExactly("Sikkerhed", "Ydre " + marker);

        HttpResponse<String> renamed =
                api.put("/api/v1/classifications/categories/" + category, board, null, """
                        {"name":"Adgang %s"}""".formatted(marker));
        assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);

        assertThat(categories(page(editor, "list=LOCAL&sort=CATEGORY&q=" + marker)))
                .containsExactly("Adgang " + marker, "Sikkerhed");
        assertThat(categories(page(editor, "list=LOCAL&sort=CATEGORY&descending=true&q=" + marker)))
                .containsExactly("Sikkerhed", "Adgang " + marker);
    }

    @Test
    void aRenameRewritesTheSortKeyOfEveryOwnersRowsAndLeavesTheCallerWithoutCrossTenantAccess() throws SQLException {
        try (Connection owner = ownerConnection()) {
            owner.setAutoCommit(false);
            try (Statement sql = owner.createStatement()) {
                // Another municipality's requirement in the category, which the renaming board cannot see.
                sql.execute("select set_config('app.cross_tenant', 'on', true)");
                sql.execute("""
                        insert into requirement (owner_kind, tenant_id, name, description, category_id, priority,
                            created_by, updated_by)
                        values ('MUNICIPALITY', '9803', 'Andres krav', 'd', 1, 'NORMAL', 'test', 'test')""");
                sql.execute("select set_config('app.cross_tenant', 'off', true)");
                sql.execute("select set_config('app.roles', 'board', true)");
                sql.execute("select set_config('app.tenant_id', '0710', true)");
                sql.execute("update category set name = name || ' omdøbt' where id = 1");

                assertThat(text(sql, "select coalesce(current_setting('app.cross_tenant', true), 'off')"))
                        .isEqualTo("off");
                sql.execute("select set_config('app.cross_tenant', 'on', true)");
                assertThat(text(sql, """
                                select count(*) filter (where category_path not like '% omdøbt%') || '/' || count(*)
                                from requirement where category_id = 1""")).startsWith("0/").isNotEqualTo("0/0");
            } finally {
                owner.rollback();
            }
        }
    }

    private static long id(Statement sql, String insert) throws SQLException {
        return Long.parseLong(text(sql, insert));
    }

    /** The plan's top node with its actual buffer use, which includes what functions it calls read. */
    private JsonNode explainAnalyzed(Connection owner, String sql) throws SQLException {
        try (Statement statement = owner.createStatement();
                ResultSet rs = statement.executeQuery("explain (analyze, buffers, format json) " + sql)) {
            rs.next();
            return json.readTree(rs.getString(1)).get(0).get("Plan");
        }
    }

    private static String text(Statement sql, String query) throws SQLException {
        try (ResultSet rs = sql.executeQuery(query)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static List<String> categories(JsonNode page) {
        List<String> names = new ArrayList<>();
        page.get("items").forEach(item -> names.add(item.get("category").asString()));
        return names;
    }

    @Test
    void everySortOfTheLargeListsIsReadFromAnIndexInOrderWithoutAWindow() throws SQLException {
        try (Connection owner = ownerConnection()) {
            owner.setAutoCommit(false);
            try {
                seedMixedCatalogue(owner, 30_000);
                for (RequirementQuery.ListKind list :
                        List.of(RequirementQuery.ListKind.CROSS_MUNICIPAL, RequirementQuery.ListKind.ALL)) {
                    for (RequirementQuery.Sort sort : SORTS) {
                        for (boolean descending : List.of(false, true)) {
                            assertReadInIndexOrder(owner, query(list, null, sort, descending), 0);
                        }
                    }
                }
                // A word in every row: sorted by id, and by relevance once the matches are too many to rank.
                assertReadInIndexOrder(
                        owner, query(RequirementQuery.ListKind.ALL, "data", RequirementQuery.Sort.ID, false), 0);
                assertReadInIndexOrder(
                        owner,
                        query(
                                RequirementQuery.ListKind.CROSS_MUNICIPAL,
                                "data",
                                RequirementQuery.Sort.RELEVANCE,
                                false),
                        RequirementRepository.COUNTED_AT_MOST + 1);
                assertCountStopsAtTheCap(
                        owner, query(RequirementQuery.ListKind.ALL, "data", RequirementQuery.Sort.ID, false));
                assertCountStopsAtTheCap(
                        owner, query(RequirementQuery.ListKind.CROSS_MUNICIPAL, null, RequirementQuery.Sort.ID, false));
            } finally {
                owner.rollback();
            }
        }
    }

    private void assertReadInIndexOrder(Connection owner, RequirementQuery query, long matches) throws SQLException {
        RequirementQuery.Sql sql = query.toSql(matches);
        JsonNode plan =
                explain(owner, RequirementRepository.pageSql(sql), RequirementRepository.pageParams(query, sql));
        List<String> nodes = new ArrayList<>();
        List<String> indexes = new ArrayList<>();
        walk(plan, nodes, indexes);
        String shape = query.list() + " " + query.sort() + (query.descending() ? " desc" : "") + " q=" + query.text()
                + ": " + plan;
        assertThat(nodes.getFirst()).as(shape).isEqualTo("Limit");
        assertThat(nodes).as(shape).doesNotContain("Sort", "Incremental Sort", "WindowAgg", "Seq Scan on requirement");
        assertThat(indexes).as(shape).isNotEmpty();
    }

    private void assertCountStopsAtTheCap(Connection owner, RequirementQuery query) throws SQLException {
        RequirementQuery.Sql sql = query.toSql(0);
        List<Object> params = new ArrayList<>(List.of(sql.whereParams()));
        params.add(RequirementRepository.COUNTED_AT_MOST + 1);
        JsonNode plan = explain(owner, RequirementRepository.countSql(sql), params);
        List<String> nodes = new ArrayList<>();
        walk(plan, nodes, new ArrayList<>());

        assertThat(nodes.subList(0, 2)).as(plan.toString()).containsExactly("Aggregate", "Limit");
    }

    /** The plan as PostgreSQL would run it for the tenant 'x1' (row-level security forced on the owner too). */
    private JsonNode explain(Connection owner, String sql, List<Object> params) throws SQLException {
        try (PreparedStatement statement = owner.prepareStatement("explain (format json) " + sql)) {
            for (int i = 0; i < params.size(); i++) {
                statement.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return json.readTree(rs.getString(1)).get(0).get("Plan");
            }
        }
    }

    private static void walk(JsonNode node, List<String> nodes, List<String> indexes) {
        String type = node.get("Node Type").asString();
        // Scans are named with their table: the class names of the page's rows come from small tables.
        nodes.add(
                node.has("Relation Name")
                        ? type + " on " + node.get("Relation Name").asString()
                        : type);
        if (node.has("Index Name")) {
            indexes.add(node.get("Index Name").asString());
        }
        if (node.has("Plans")) {
            node.get("Plans").forEach(child -> walk(child, nodes, indexes));
        }
    }

    private static RequirementQuery query(
            RequirementQuery.ListKind list, String text, RequirementQuery.Sort sort, boolean descending) {
        return new RequirementQuery(
                "x1", list, text, null, null, null, null, null, null, null, sort, descending, 0, 100);
    }

    /**
     * {@code rows} requirements, two in three cross-municipal and the rest local to 20 municipalities, left
     * uncommitted (the caller rolls back) and analysed, so the planner sees a catalogue of real size.
     */
    private static void seedMixedCatalogue(Connection owner, int rows) throws SQLException {
        try (Statement statement = owner.createStatement()) {
            statement.execute("select set_config('app.cross_tenant', 'on', true)");
            statement.execute("""
                    insert into requirement (owner_kind, tenant_id, name, description, category_id, sub_category_id,
                        priority, created_by, updated_by, updated_at)
                    select case when g %% 3 = 0 then 'MUNICIPALITY' else 'CROSS_MUNICIPAL' end,
                           case when g %% 3 = 0 then 'x' || (g %% 20) end,
                           'Krav ' || md5(g::text),
                           'Løsningen skal kunne udveksle data med ' || md5((g * 7)::text),
                           (select id from category order by id offset g %% 5 limit 1), null,
                           (array['OPTIONAL', 'NORMAL', 'HIGH', 'ABSOLUTE'])[1 + g %% 4], 'test', 'test',
                           now() - g * interval '1 minute'
                    from generate_series(1, %d) g
                    """.formatted(rows));
            statement.execute("analyze requirement");
            statement.execute("select set_config('app.cross_tenant', 'off', true)");
            statement.execute("select set_config('app.tenant_id', 'x1', true)");
        }
    }

    private void seedLocal(String tenant, int rows, String word) {
        fixture.acrossTenants(() -> jdbc.sql("""
                        insert into requirement (owner_kind, tenant_id, name, description, category_id, priority,
                            created_by, updated_by)
                        select 'MUNICIPALITY', ?, 'Lokalt krav ' || g, 'Et ' || ? || ' krav nummer ' || g,
                               (select min(id) from category), 'NORMAL', 'test', 'test'
                        from generate_series(1, ?) g
                        """).params(tenant, word, rows).update());
    }

    private Connection ownerConnection() throws SQLException {
        return DriverManager.getConnection(
                environment.getRequiredProperty("spring.flyway.url"),
                environment.getRequiredProperty("spring.flyway.user"),
                environment.getRequiredProperty("spring.flyway.password"));
    }

    private JsonNode page(String token, String query) {
        HttpResponse<String> response = api.get("/api/v1/requirements?" + query, token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }
}
