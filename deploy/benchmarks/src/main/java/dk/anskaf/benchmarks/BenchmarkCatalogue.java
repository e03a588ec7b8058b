package dk.anskaf.benchmarks;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Requirements that look like real ones for the benchmarks (issue #12): Danish names with a K-number,
 * descriptions of seven sentences on three lines (about 650 characters on average, like the incumbent's
 * anonymous kravbank in {@code shared/domain/samples}), a rationale of one or two sentences, categories,
 * priorities and dates spread over the catalogue. Four in five rows are cross-municipal; the rest belong
 * to 98 municipalities, Favrskov (0710, whom the benchmarks act as) among them.
 *
 * <p>Words the benchmarks search for: {@code kommunen} is in most rows (a common word), {@code
 * medicinkort} only in the seed catalogue's "Integration med Fælles Medicinkort" (a rare word).
 */
final class BenchmarkCatalogue {

    static final String URL = "jdbc:postgresql://localhost:15432/catalog";

    private static final List<String> SUBJECTS = List.of(
            "Systemet skal udstille et dokumenteret REST-API med OpenAPI",
            "Afleveringspligtige data skal kunne afleveres til Rigsarkivet",
            "Kommunen skal til enhver tid kunne eksportere alle sine data",
            "Adgang til løsningen skal ske med MitID Erhverv",
            "Løsningen skal logge alle opslag i personoplysninger",
            "Brugergrænsefladen skal overholde WCAG 2.1 niveau AA",
            "Leverandøren skal stille et testmiljø til rådighed",
            "Løsningen skal kunne integrere med KOMBIT's støttesystemer",
            "Backup skal tages dagligt og kunne gendannes",
            "Data skal opbevares inden for EU/EØS",
            "Leverandøren skal yde support på dansk",
            "Løsningen skal understøtte fælleskommunal brugerstyring",
            "Ændringer i løsningen skal varsles med mindst tre måneder",
            "Løsningen skal kunne anvendes på tablets og smartphones",
            "Sagsbehandlingen skal kunne journaliseres i kommunens ESDH-system",
            "Løsningen skal understøtte digital post til borgere og virksomheder");

    private static final List<String> SENTENCES = List.of(
            "Leverandøren skal i sin besvarelse beskrive, hvordan kravet opfyldes, og om opfyldelsen kræver konfiguration.",
            "Eventuelle omkostninger forbundet med opfyldelsen skal fremgå af tilbuddet.",
            "Kommunen forbeholder sig ret til at efterprøve opfyldelsen i hele kontraktperioden.",
            "Hvis kravet kun delvist opfyldes, skal leverandøren angive, hvilke dele der ikke er opfyldt.",
            "Dokumentationen skal være dokumenteret, versioneret og stillet til rådighed for kommunen uden merbetaling.",
            "Kommunen ejer alle data, der registreres i løsningen, og skal kunne hente dem i et åbent, maskinlæsbart format.",
            "Svartiden for fejlrettelse er [4 timer] for kritiske fejl og [2 arbejdsdage] for øvrige fejl.",
            "Opfyldelsen skal kunne demonstreres ved afprøvning før idriftsættelse.",
            "Løsningen skal understøtte kommunens arkiveringsforpligtelser efter arkivloven.",
            "Integrationen skal ske via Serviceplatformen eller en tilsvarende fælleskommunal infrastruktur.",
            "Kommunens medarbejdere skal kunne betjene løsningen uden forudgående undervisning af mere end [2 timer].",
            "Oplysninger om borgere må kun være tilgængelige for medarbejdere med et arbejdsbetinget behov.",
            "Leverandøren skal på kommunens anmodning udlevere en fortegnelse over underdatabehandlere.",
            "Ved kontraktens ophør skal leverandøren bistå med overdragelse af data til kommunen eller en ny leverandør.",
            "Løsningen skal være tilgængelig [99,5 %] af tiden målt pr. måned, eksklusive aftalte servicevinduer.",
            "Nye versioner skal testes i et separat miljø, som kommunen har adgang til.",
            "Kravet gælder for alle moduler, som kommunen anskaffer under kontrakten.",
            "Leverandøren skal oplyse, hvilke standarder løsningen understøtter, herunder OIO-standarder.");

    private static final List<String> RATIONALES = List.of(
            "Kravet sikrer, at kommunen kan overholde sine forpligtelser som dataansvarlig.",
            "Kravet er afledt af KL's anbefalinger og den fælleskommunale rammearkitektur.",
            "Uden opfyldelse af kravet kan løsningen ikke anvendes af alle kommunens medarbejdere.",
            "Kravet mindsker kommunens afhængighed af en enkelt leverandør.",
            "Kravet følger af databeskyttelsesforordningen og databeskyttelsesloven.");

    private BenchmarkCatalogue() {}

    /**
     * Adds requirements until catalog's table holds {@code total} rows (nothing when it already does),
     * then vacuums and analyses, as autovacuum would soon after such a load in production.
     */
    static void growTo(Connection db, int total) throws Exception {
        long present = count(db);
        if (present >= total) {
            return;
        }
        long missing = total - present;
        long local = missing / 5;
        try (Statement sql = db.createStatement()) {
            sql.execute("begin");
            // Inserted as the schema's owner in an explicit cross-tenant step, the way the seed migration does.
            sql.execute("select set_config('app.cross_tenant', 'on', true)");
            sql.execute(insert("'CROSS_MUNICIPAL'", "null", missing - local, present));
            // 97 municipalities and Favrskov (0710) share the local rows evenly.
            sql.execute(insert(
                    "'MUNICIPALITY'",
                    "case when g % 98 = 0 then '0710' else lpad((100 + g % 98)::text, 4, '0') end",
                    local,
                    present + missing));
            sql.execute("commit");
            sql.execute("vacuum analyze requirement");
        }
    }

    static long count(Connection db) throws Exception {
        try (Statement sql = db.createStatement();
                ResultSet rows = sql.executeQuery("select count(*) from requirement")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** {@code rows} requirements numbered from {@code from + 1}, so a grown catalogue gets new texts too. */
    private static String insert(String ownerKind, String tenant, long rows, long from) {
        return """
                with pool as (select %s as subject, %s as sentence, %s as rationale)
                insert into requirement (owner_kind, tenant_id, name, description, rationale, category_id, priority,
                                         all_domains, created_by, updated_by, updated_at)
                select %s, %s,
                       subject[1 + g %% cardinality(subject)] || ' (K' || g || ')',
                       sentence[1 + (g * 7) %% cardinality(sentence)] || ' ' || sentence[1 + (g * 11 + 3) %% cardinality(sentence)]
                           || ' ' || sentence[1 + (g * 23 + 4) %% cardinality(sentence)]
                           || E'\\n' || sentence[1 + (g * 13 + 5) %% cardinality(sentence)] || ' '
                           || sentence[1 + (g * 17 + 1) %% cardinality(sentence)]
                           || E'\\n' || sentence[1 + (g * 19 + 2) %% cardinality(sentence)] || ' '
                           || sentence[1 + (g * 29 + 6) %% cardinality(sentence)],
                       rationale[1 + g %% cardinality(rationale)]
                           || case when g %% 2 = 0 then ' ' || rationale[1 + (g / 2) %% cardinality(rationale)] else '' end,
                       (select id from category order by id offset g %% (select count(*) from category) limit 1),
                       (array['OPTIONAL', 'NORMAL', 'HIGH', 'ABSOLUTE'])[1 + (g * 3) %% 4], true, 'benchmark', 'benchmark',
                       now() - (g * 7919 %% 100000) * interval '5 minutes'
                from pool, generate_series(%d, %d) g
                """.formatted(
                        array(SUBJECTS), array(SENTENCES), array(RATIONALES), ownerKind, tenant, from + 1, from + rows);
    }

    private static String array(List<String> texts) {
        return texts.stream()
                .map(text -> "'" + text.replace("'", "''") + "'")
                .collect(Collectors.joining(", ", "array[", "]"));
    }
}
