package dk.anskaf.catalog.imports;

import dk.anskaf.catalog.imports.ImportMatches.Existing;
import dk.anskaf.catalog.imports.ImportMatches.Match;
import dk.anskaf.catalog.requirement.OwnerKind;
import dk.anskaf.catalog.requirement.Parameters;
import dk.anskaf.catalog.requirement.Priority;
import dk.anskaf.catalog.requirement.RequirementRepository;
import dk.anskaf.catalog.requirement.RevisionLog;
import dk.anskaf.platform.security.CurrentUser;
import dk.anskaf.platform.spreadsheet.SpreadsheetLimits;
import dk.anskaf.platform.tenancy.TenantContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a kravbank file. One planning step decides per row what happens (create, update, unchanged or
 * rejected and why) and checks everything the database would check; the dry run reports that plan, the
 * import carries it out in one transaction. A rejected row never stops the others, and a dry run predicts
 * the import exactly.
 *
 * <p>Rows are matched only within the importing owner (the municipality's own requirements, or the
 * cross-municipal catalogue for the board), by the platform's Krav id or the id the row had when it was
 * imported ({@link ImportMatches}); re-importing an unchanged export or file changes nothing. A row of type
 * "Tværkommunalt krav" in a municipality's file is the shared requirement: only the municipality's own
 * columns (Lokal Beskrivelse, Fortolkning, Interessenter) go to its local extension, as a municipality
 * cannot change a shared requirement, only extend it.
 */
@Service
class KravbankImport {

    enum Action {
        CREATE,
        UPDATE,
        UNCHANGED,
        REJECT
    }

    /**
     * One row's outcome; {@code proposedParameters} are the bracketed values of its description ("[4 timer]")
     * that the user may accept as parameters for this row.
     */
    record Line(int row, String kravId, String name, Action action, String reason, List<String> proposedParameters) {}

    /**
     * Counts cover every row; {@code lines} only the first {@link #MAX_LINES} rows, so a 100,000-row file
     * does not make a 100,000-line report in memory and on the wire: {@code linesOmitted} says how many more
     * rows there were.
     *
     * @param unknownCategories category names of the file the catalogue lacks, for the user to map (at most
     *     {@link #MAX_LINES})
     * @param uploadId for a dry run: the kept file, to confirm with; null otherwise
     */
    record Report(
            boolean dryRun,
            String target,
            int created,
            int updated,
            int unchanged,
            int rejected,
            List<Line> lines,
            int linesOmitted,
            List<String> unknownCategories,
            UUID uploadId) {

        Report withUploadId(UUID id) {
            return new Report(
                    dryRun, target, created, updated, unchanged, rejected, lines, linesOmitted, unknownCategories, id);
        }
    }

    /** Rows reported one by one; the counts cover all. */
    static final int MAX_LINES = 1000;

    /**
     * The user's decisions after a dry run.
     *
     * @param categories a file's category name to a category id; unmapped unknown names leave their rows out
     * @param parameterRows rows (Excel numbers) whose proposed parameters are accepted
     */
    record Choices(Map<String, Integer> categories, Set<Integer> parameterRows) {
        static final Choices NONE = new Choices(Map.of(), Set.of());

        Choices {
            categories = categories == null ? Map.of() : Map.copyOf(categories);
            parameterRows = parameterRows == null ? Set.of() : Set.copyOf(parameterRows);
        }
    }

    private record Planned(Line line, Runnable change) {}

    private final JdbcClient jdbc;
    private final ImportMatches matches;
    private final RequirementRepository requirements;
    private final RevisionLog revisions;
    private final SpreadsheetLimits limits;

    KravbankImport(
            JdbcClient jdbc,
            ImportMatches matches,
            RequirementRepository requirements,
            RevisionLog revisions,
            SpreadsheetLimits limits) {
        this.jdbc = jdbc;
        this.limits = limits;
        this.matches = matches;
        this.requirements = requirements;
        this.revisions = revisions;
    }

    /**
     * Reads the file and plans each row as it arrives; the import carries out each row's change right
     * away, so no row is kept after it is counted. One transaction: a refusal of the file halfway (a
     * formula, a limit) rolls back the rows before it.
     */
    @Transactional
    Report run(byte[] file, boolean crossMunicipal, boolean dryRun, CurrentUser user, Choices choices) {
        // A pooled connection keeps the plans it made while the tables were small, the foreign-key checks'
        // among them: a sequential scan of requirement per revision row, whose table this import grows, so a
        // large import slowed with every row (12,000 rows: 60 times slower for the last 2,000). Planning each
        // statement for the current table size costs far less (issue 12).
        jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
        Plan plan = new Plan(crossMunicipal, user, choices, new CategoryNames(jdbc, choices.categories()));
        Tally tally = new Tally();
        KravbankFileReader.read(file, limits, row -> {
            Planned planned = plan.row(row);
            if (!dryRun) {
                planned.change().run();
            }
            tally.add(planned.line());
        });
        return new Report(
                dryRun,
                crossMunicipal ? OwnerKind.CROSS_MUNICIPAL.name() : "LOCAL",
                tally.counts[Action.CREATE.ordinal()],
                tally.counts[Action.UPDATE.ordinal()],
                tally.counts[Action.UNCHANGED.ordinal()],
                tally.counts[Action.REJECT.ordinal()],
                List.copyOf(tally.lines),
                tally.omitted,
                List.copyOf(plan.unknownCategories),
                null);
    }

    /** Counts of every row, lines of the first {@link #MAX_LINES}. */
    private static final class Tally {
        private final int[] counts = new int[Action.values().length];
        private final List<Line> lines = new ArrayList<>();
        private int omitted;

        void add(Line line) {
            counts[line.action().ordinal()]++;
            if (lines.size() < MAX_LINES) {
                lines.add(line);
            } else {
                omitted++;
            }
        }
    }

    /** The state of one planning pass: what the file has used so far. */
    private final class Plan {
        private final boolean crossMunicipal;
        private final CurrentUser user;
        private final Choices choices;
        private final CategoryNames categories;
        private final String tenant = TenantContext.require().value();
        private final Set<String> seenIds = new HashSet<>();
        private final Set<Long> seenRequirements = new HashSet<>();
        // Rows are carried out as they are planned; later rows must not match what earlier ones created,
        // so that the plan, and the dry run, stay what they were when the whole file was planned first.
        private final Set<Long> created = new HashSet<>();
        private final Set<String> unknownCategories = new LinkedHashSet<>();

        Plan(boolean crossMunicipal, CurrentUser user, Choices choices, CategoryNames categories) {
            this.crossMunicipal = crossMunicipal;
            this.user = user;
            this.choices = choices;
            this.categories = categories;
        }

        Planned row(ImportRow row) {
            Optional<String> problem = RowChecks.kravId(row).or(() -> RowChecks.text(row));
            if (problem.isEmpty() && !seenIds.add(row.kravId())) {
                problem = Optional.of("Krav id " + row.kravId() + " står flere gange i filen");
            }
            if (problem.isPresent()) {
                return reject(row, problem.get());
            }
            Optional<OwnerKind> kind = kind(row);
            if (kind.isEmpty()) {
                return reject(row, "Ukendt type: " + row.get(ImportRow.TYPE));
            }
            return switch (kind.get()) {
                case CROSS_MUNICIPAL -> crossMunicipal ? own(row) : extension(row);
                case MUNICIPALITY ->
                    crossMunicipal
                            ? reject(row, "Et lokalt krav importeres som lokalt krav, ikke tværkommunalt")
                            : own(row);
                case COMMUNITY -> reject(row, "Samarbejdskrav kan ikke importeres");
            };
        }

        /** The row's type; a file without the column (or a blank cell) means the import's target. */
        private Optional<OwnerKind> kind(ImportRow row) {
            String type = row.get(ImportRow.TYPE);
            if (type == null) {
                return Optional.of(crossMunicipal ? OwnerKind.CROSS_MUNICIPAL : OwnerKind.MUNICIPALITY);
            }
            for (OwnerKind kind : OwnerKind.values()) {
                if (CategoryNames.key(kind.typeLabel()).equals(CategoryNames.key(type))) {
                    return Optional.of(kind);
                }
            }
            return Optional.empty();
        }

        /** A requirement of the importing owner itself. */
        private Planned own(ImportRow row) {
            Match match = matches.find(row, crossMunicipal ? null : tenant, tenant, created);
            Optional<String> problem = matched(row, match);
            if (problem.isEmpty()) {
                problem = RowChecks.ownRequirement(row, categories);
            }
            if (problem.isPresent()) {
                if (row.category() != null
                        && categories.find(row.category()).isEmpty()
                        && unknownCategories.size() < MAX_LINES) {
                    unknownCategories.add(row.category());
                }
                return reject(row, problem.get());
            }
            List<String> proposals = BracketParameters.propose(row.description());
            String description = choices.parameterRows().contains(row.rowNumber())
                    ? BracketParameters.accept(row.description())
                    : row.description();
            if (description.length() > 20000) {
                return reject(row, "Kolonnen \"Beskrivelse\" er længere end 20000 tegn med parametrene");
            }
            OwnValues values = new OwnValues(
                    row,
                    description,
                    categories.find(row.category()).orElseThrow(),
                    RowChecks.priority(row.priority()).orElseThrow());
            Existing existing = match.existing();
            if (existing == null) {
                return new Planned(
                        line(row, Action.CREATE, null, proposals), () -> create(values, ImportMatches.importKey(row)));
            }
            if (values.sameAs(existing)) {
                return new Planned(line(row, Action.UNCHANGED, null, proposals), () -> {});
            }
            return new Planned(line(row, Action.UPDATE, null, proposals), () -> update(existing, values));
        }

        /** A cross-municipal row in a municipality's file: its local extension, never a local copy. */
        private Planned extension(ImportRow row) {
            Match match = matches.find(row, null, tenant, created);
            if (match.existing() == null && !match.ambiguous()) {
                return reject(
                        row,
                        "Det tværkommunale krav med Krav id " + row.kravId()
                                + " findes ikke i kataloget; kun kravredaktionen opretter tværkommunale krav");
            }
            Optional<String> problem = matched(row, match);
            if (problem.isPresent()) {
                return reject(row, problem.get());
            }
            Existing existing = match.existing();
            String localDescription = local(row, ImportRow.LOCAL_DESCRIPTION, existing.localDescription(), null);
            String interpretation =
                    local(row, ImportRow.INTERPRETATION, existing.localInterpretation(), existing.interpretation());
            String stakeholders =
                    local(row, ImportRow.STAKEHOLDERS, existing.localStakeholders(), existing.stakeholders());
            if (Objects.equals(localDescription, existing.localDescription())
                    && Objects.equals(interpretation, existing.localInterpretation())
                    && Objects.equals(stakeholders, existing.localStakeholders())) {
                return new Planned(line(row, Action.UNCHANGED, null, List.of()), () -> {});
            }
            return new Planned(
                    line(row, Action.UPDATE, null, List.of()),
                    () -> extend(existing.id(), localDescription, interpretation, stakeholders));
        }

        /**
         * The municipality's value of a local column: unchanged when the file lacks the column or shows
         * what the export shows (its own value, else the shared one), otherwise the file's value.
         */
        private static String local(ImportRow row, String column, String own, String shared) {
            if (!row.has(column)) {
                return own;
            }
            String value = row.get(column);
            return Objects.equals(value, own == null ? shared : own) ? own : value;
        }

        private Optional<String> matched(ImportRow row, Match match) {
            if (match.ambiguous()) {
                return Optional.of("Krav id " + row.kravId()
                        + " passer på to krav (platformens Krav id og et tidligere importeret id); ret rækken");
            }
            Existing existing = match.existing();
            if (existing == null) {
                return Optional.empty();
            }
            if (existing.deleted()) {
                return Optional.of("Kravet med Krav id " + row.kravId() + " er slettet");
            }
            if (!seenRequirements.add(existing.id())) {
                return Optional.of("Kravet med Krav id " + row.kravId() + " står flere gange i filen");
            }
            return Optional.empty();
        }

        private Planned reject(ImportRow row, String reason) {
            return new Planned(line(row, Action.REJECT, reason, List.of()), () -> {});
        }

        private void create(OwnValues values, String key) {
            long id = jdbc.sql("""
                            insert into requirement (owner_kind, tenant_id, name, description, rationale, category_id,
                                                     priority, interpretation, stakeholders, notes, all_domains,
                                                     created_by, updated_by, import_key)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true, ?, ?, ?) returning id
                            """)
                    .params(
                            (crossMunicipal ? OwnerKind.CROSS_MUNICIPAL : OwnerKind.MUNICIPALITY).name(),
                            crossMunicipal ? null : tenant,
                            values.name(),
                            values.description(),
                            values.rationale(),
                            values.categoryId(),
                            values.priority().name(),
                            values.row().get(ImportRow.INTERPRETATION),
                            values.row().get(ImportRow.STAKEHOLDERS),
                            values.row().get(ImportRow.NOTES),
                            user.subject(),
                            user.subject(),
                            key)
                    .query(Long.class)
                    .single();
            this.created.add(id);
            revisions.record(requirements.find(id).orElseThrow(), user, "imported");
        }

        private void update(Existing existing, OwnValues values) {
            jdbc.sql("""
                            update requirement set name = ?, description = ?, rationale = ?, category_id = ?,
                                   priority = ?, interpretation = ?, stakeholders = ?, notes = ?,
                                   updated_by = ?, updated_at = now(), version = version + 1
                            where id = ?
                            """)
                    .params(
                            values.name(),
                            values.descriptionFor(existing),
                            values.rationale(),
                            values.categoryId(),
                            values.priority().name(),
                            values.optional(ImportRow.INTERPRETATION, existing.interpretation()),
                            values.optional(ImportRow.STAKEHOLDERS, existing.stakeholders()),
                            values.optional(ImportRow.NOTES, existing.notes()),
                            user.subject(),
                            existing.id())
                    .update();
            revisions.record(requirements.find(existing.id()).orElseThrow(), user, "imported");
        }

        private void extend(long requirementId, String localDescription, String interpretation, String stakeholders) {
            jdbc.sql("""
                            insert into local_extension (requirement_id, tenant_id, local_description, interpretation,
                                                         stakeholders, updated_by)
                            values (?, ?, ?, ?, ?, ?)
                            on conflict (requirement_id, tenant_id) do update set
                                local_description = excluded.local_description, interpretation = excluded.interpretation,
                                stakeholders = excluded.stakeholders, updated_by = excluded.updated_by, updated_at = now()
                            """)
                    .params(requirementId, tenant, localDescription, interpretation, stakeholders, user.subject())
                    .update();
        }
    }

    /** A valid own row's values, compared with what is stored as the export shows it. */
    private record OwnValues(ImportRow row, String description, int categoryId, Priority priority) {

        String name() {
            return row.name();
        }

        String rationale() {
            return row.rationale();
        }

        /** The export renders parameters with their defaults; that text means the stored one, markers kept. */
        String descriptionFor(Existing existing) {
            return description.equals(Parameters.renderWithDefaults(existing.description()))
                    ? existing.description()
                    : description;
        }

        /** A column the file lacks keeps the stored value. */
        String optional(String column, String stored) {
            return row.has(column) ? row.get(column) : stored;
        }

        boolean sameAs(Existing existing) {
            return name().equals(existing.name())
                    && descriptionFor(existing).equals(existing.description())
                    && categoryId == existing.categoryId()
                    && priority.name().equals(existing.priority())
                    && Objects.equals(rationale(), existing.rationale())
                    && Objects.equals(
                            optional(ImportRow.INTERPRETATION, existing.interpretation()), existing.interpretation())
                    && Objects.equals(
                            optional(ImportRow.STAKEHOLDERS, existing.stakeholders()), existing.stakeholders())
                    && Objects.equals(optional(ImportRow.NOTES, existing.notes()), existing.notes());
        }
    }

    private static Line line(ImportRow row, Action action, String reason, List<String> proposals) {
        return new Line(row.rowNumber(), row.kravId(), row.name(), action, reason, proposals);
    }
}
