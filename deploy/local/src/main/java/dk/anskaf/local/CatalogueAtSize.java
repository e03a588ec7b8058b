package dk.anskaf.local;

import java.sql.Connection;
import java.sql.Statement;

/**
 * The cross-municipal catalogue at real size in a running local stack's catalog database, for the system
 * tests and the benchmarks that need tens of thousands of rows (the launcher itself never seeds).
 */
public final class CatalogueAtSize {

    /** Words of the incumbent's requirement texts, in the order a generated sentence cycles through them. */
    private static final String WORDS = "Leverandøren skal sikre at løsningen understøtter kommunens arbejdsgange for "
            + "borgere og medarbejdere herunder adgangsstyring logning af personhenførbare oplysninger samt "
            + "dokumenteret backup og gendannelse inden for aftalte svartider Systemet skal kunne integrere med "
            + "fælleskommunal infrastruktur via standardiserede snitflader og data skal kunne udtrækkes i et åbent "
            + "format ved kontraktens ophør Tilbudsgiver bedes beskrive hvordan kravet opfyldes og hvilke "
            + "forudsætninger der gælder for drift support opdateringer og tilgængelighed efter webtilgængelighedsloven";

    private CatalogueAtSize() {}

    /**
     * Tops the cross-municipal catalogue up to {@code rows} with generated requirements: 80 words drawn
     * by a hash of row and position (so rows differ as real texts do and do not compress like repeats;
     * about 670 characters) per description, a line break every 12 words, rationale about a third of that;
     * named "Eksportkrav …". Used by {@code KravbankDownloadSystemTests} and the kravbank export benchmark
     * ({@code deploy/benchmarks}).
     */
    public static void seed(Connection db, int rows) throws Exception {
        try (Statement sql = db.createStatement()) {
            sql.execute("begin");
            sql.execute("select set_config('app.cross_tenant', 'on', true)");
            long existing;
            try (var count = sql.executeQuery(
                    "select count(*) from requirement where owner_kind = 'CROSS_MUNICIPAL' and deleted_at is null")) {
                count.next();
                existing = count.getLong(1);
            }
            if (existing < rows) {
                sql.execute("""
                        with w as (select regexp_split_to_array('%s', ' ') as words)
                        insert into requirement (owner_kind, name, description, rationale, category_id, priority,
                                                 all_domains, created_by, updated_by)
                        select 'CROSS_MUNICIPAL', 'Eksportkrav ' || g || ': '
                                   || w.words[1 + mod(g, array_length(w.words, 1))] || ' '
                                   || w.words[1 + mod(g * 7, array_length(w.words, 1))],
                               (select string_agg(w.words[(1 + mod(abs(hashtext(g || ':' || k)::bigint), array_length(w.words, 1)))::int],
                                                  case when k %% 12 = 0 then E'.\\n' else ' ' end order by k)
                                from generate_series(1, 80) k),
                               (select string_agg(w.words[(1 + mod(abs(hashtext(g || '/' || k)::bigint), array_length(w.words, 1)))::int], ' '
                                                  order by k)
                                from generate_series(1, 30) k),
                               1 + mod(g, 7), (array['OPTIONAL','NORMAL','HIGH','ABSOLUTE'])[1 + mod(g, 4)], true,
                               'benchmark', 'benchmark'
                        from w, generate_series(1, %d) g
                        """.formatted(WORDS, rows - existing));
            }
            sql.execute("commit");
            // What autovacuum does soon after a bulk load in production.
            sql.execute("vacuum analyze requirement");
        }
    }
}
