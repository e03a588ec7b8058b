package dk.anskaf.dialogue.offline;

import dk.anskaf.dialogue.answering.AnswerChoice;
import dk.anskaf.dialogue.answering.AnswerInput;
import dk.anskaf.dialogue.answering.SheetAnswering;
import dk.anskaf.dialogue.answering.StoredAnswer;
import dk.anskaf.platform.errors.DomainException;
import dk.anskaf.platform.errors.ProblemMessages;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What a sheet would do to an answer set as it is now: per row an outcome, the answers to save, and a
 * token that names exactly this (the dialogue, the set and its version, and every planned change with
 * the answer it replaces). Built the same way for the dry run and for confirming, so a confirmation whose
 * token differs is a sheet or a set that changed in between.
 */
final class AnswerSheetPlan {

    /** One answer to save: the requirement and the sheet's values, which answering checks again. */
    record Change(long requirementId, AnswerInput input) {}

    private final List<AnswerSheetReport.Row> rows = new ArrayList<>();
    private final List<Change> changes = new ArrayList<>();
    private final int[] counts = new int[AnswerSheetReport.Outcome.values().length];
    private final MessageDigest digest;
    private final Locale locale;
    private @Nullable String token;

    private AnswerSheetPlan(Locale locale) {
        this.locale = locale;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException absentFromTheJdk) {
            throw new IllegalStateException(absentFromTheJdk);
        }
    }

    static AnswerSheetPlan of(
            SheetAnswering.WritableSet set, AnswerSheet sheet, SheetAnswering answering, Locale locale) {
        AnswerSheetPlan plan = new AnswerSheetPlan(locale);
        plan.digest(String.valueOf(set.dialogueId()), set.answerSetId().toString(), String.valueOf(set.version()));
        new Planner(set, answering, plan).plan(sheet);
        return plan;
    }

    List<Change> changes() {
        return changes;
    }

    int rejected() {
        return count(AnswerSheetReport.Outcome.ERROR);
    }

    /** The rows refused, for the refusal of a confirmation: "5, 9, 12". */
    String rejectedRows() {
        return rows.stream()
                .filter(row -> row.outcome() == AnswerSheetReport.Outcome.ERROR)
                .map(row -> String.valueOf(row.row()))
                .collect(Collectors.joining(", "));
    }

    /** Ends the digest: asked only once all rows are planned. */
    String token() {
        if (token == null) {
            token = HexFormat.of().formatHex(digest.digest());
        }
        return token;
    }

    AnswerSheetReport report(boolean dryRun, long dialogueId, int headerRow, int applied) {
        String token = null;
        if (dryRun && rejected() == 0) {
            token = token();
        }
        return new AnswerSheetReport(
                dryRun,
                dialogueId,
                headerRow,
                count(AnswerSheetReport.Outcome.NEW),
                count(AnswerSheetReport.Outcome.CHANGED),
                count(AnswerSheetReport.Outcome.UNCHANGED),
                count(AnswerSheetReport.Outcome.SKIPPED),
                rejected(),
                applied,
                token,
                List.copyOf(rows));
    }

    private int count(AnswerSheetReport.Outcome outcome) {
        return counts[outcome.ordinal()];
    }

    private void add(AnswerSheetReport.Row row) {
        rows.add(row);
        counts[row.outcome().ordinal()]++;
    }

    private void error(AnswerSheet.Line line, @Nullable String kravId, AnswerSheet.Problem problem) {
        add(new AnswerSheetReport.Row(
                line.row(),
                kravId,
                AnswerSheetReport.Outcome.ERROR,
                null,
                null,
                false,
                false,
                problem.column(),
                problem.cell(),
                ProblemMessages.shared().text(problem.slug(), locale, problem.args())));
    }

    private void change(
            AnswerSheet.Line line,
            String kravId,
            SheetAnswering.Requirement requirement,
            SheetAnswering.CheckedAnswer after) {
        StoredAnswer before = requirement.answer();
        boolean elaborationChanged = before == null || !Objects.equals(before.elaboration(), after.elaboration());
        boolean priceChanged = before == null || !Objects.equals(before.price(), after.price());
        AnswerSheetReport.Outcome outcome;
        if (before == null) {
            outcome = AnswerSheetReport.Outcome.NEW;
        } else if (before.choice().equals(after.choice()) && !elaborationChanged && !priceChanged) {
            outcome = AnswerSheetReport.Outcome.UNCHANGED;
        } else {
            outcome = AnswerSheetReport.Outcome.CHANGED;
        }
        add(new AnswerSheetReport.Row(
                line.row(),
                kravId,
                outcome,
                before == null ? null : before.choice(),
                after.choice(),
                elaborationChanged && before != null,
                priceChanged && before != null,
                null,
                null,
                null));
        if (outcome != AnswerSheetReport.Outcome.UNCHANGED) {
            changes.add(new Change(
                    requirement.requirementId(), new AnswerInput(after.choice(), after.elaboration(), after.price())));
            digest(String.valueOf(requirement.requirementId()));
            digest(before == null ? null : before.choice(), before == null ? null : before.elaboration());
            digest(before == null ? null : before.price(), after.choice(), after.elaboration(), after.price());
        }
    }

    /** Each value length-prefixed, so no two different sequences hash alike. */
    private void digest(@Nullable String... values) {
        for (String value : values) {
            String framed = value == null ? "-1:" : value.length() + ":" + value;
            digest.update(framed.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Goes through the rows once, resolving each Krav id against the dialogue's requirements. */
    private static final class Planner {

        private final SheetAnswering.WritableSet set;
        private final SheetAnswering answering;
        private final AnswerSheetPlan plan;
        private final Map<String, SheetAnswering.Requirement> byKravId = new HashMap<>();
        private final List<SheetAnswering.Requirement> freeText = new ArrayList<>();
        private final Map<Long, Integer> seen = new HashMap<>();

        Planner(SheetAnswering.WritableSet set, SheetAnswering answering, AnswerSheetPlan plan) {
            this.set = set;
            this.answering = answering;
            this.plan = plan;
            for (SheetAnswering.Requirement requirement : set.requirements()) {
                byKravId.put(requirement.kravId(), requirement);
                if (requirement.kravId().startsWith("F")) {
                    freeText.add(requirement);
                }
            }
        }

        void plan(AnswerSheet sheet) {
            for (AnswerSheet.Line line : sheet.lines()) {
                plan(line);
            }
        }

        private void plan(AnswerSheet.Line line) {
            String kravId = kravId(line.kravId());
            if (line.problem() != null) {
                plan.error(line, kravId, line.problem());
                return;
            }
            if (kravId == null) {
                if (!line.answerBlank()) {
                    plan.error(line, null, rowProblem(AnswerSheet.KRAV_ID, "answer-sheet-krav-id-missing"));
                }
                return;
            }
            if (line.answerBlank()) {
                // A row without an answer changes nothing, whatever it names: a sheet reused from another
                // dialogue may list requirements this one lacks.
                plan.add(new AnswerSheetReport.Row(
                        line.row(),
                        kravId,
                        AnswerSheetReport.Outcome.SKIPPED,
                        null,
                        null,
                        false,
                        false,
                        null,
                        null,
                        null));
                return;
            }
            Optional<SheetAnswering.Requirement> found = requirement(kravId, line.name());
            if (found.isEmpty()) {
                plan.error(
                        line,
                        kravId,
                        "0".equals(kravId)
                                ? rowProblem(AnswerSheet.KRAV_ID, "answer-sheet-free-text-ambiguous")
                                : rowProblem(AnswerSheet.KRAV_ID, "answer-sheet-krav-id-unknown", kravId));
                return;
            }
            SheetAnswering.Requirement requirement = found.get();
            Integer earlier = seen.putIfAbsent(requirement.requirementId(), line.row());
            if (earlier != null) {
                plan.error(
                        line, kravId, rowProblem(AnswerSheet.KRAV_ID, "answer-sheet-krav-id-twice", kravId, earlier));
                return;
            }
            answer(line, kravId, requirement);
        }

        private void answer(AnswerSheet.Line line, String kravId, SheetAnswering.Requirement requirement) {
            if (line.choice() == null) {
                plan.error(line, kravId, rowProblem(AnswerSheet.CHOICE, "answer-sheet-choice-missing"));
                return;
            }
            Optional<AnswerChoice> choice = AnswerChoiceText.parse(line.choice());
            if (choice.isEmpty()) {
                plan.error(line, kravId, rowProblem(AnswerSheet.CHOICE, "answer-sheet-choice-unknown", line.choice()));
                return;
            }
            try {
                SheetAnswering.CheckedAnswer checked = answering.check(
                        new AnswerInput(choice.get().name(), line.elaboration(), line.price()),
                        requirement,
                        set.pricesRequested());
                plan.change(line, kravId, requirement, checked);
            } catch (DomainException breaksARule) {
                plan.error(
                        line, kravId, rowProblem(column(breaksARule.field()), breaksARule.slug(), breaksARule.args()));
            }
        }

        /**
         * The requirement a Krav id names. The incumbent gives every free-text requirement id 0 (DOMAIN.md
         * §5.6): its row is the free-text requirement of the same name ("Krav"), or the only one there is.
         */
        private Optional<SheetAnswering.Requirement> requirement(String kravId, @Nullable String name) {
            if (!"0".equals(kravId)) {
                return Optional.ofNullable(byKravId.get(kravId));
            }
            List<SheetAnswering.Requirement> named = name == null
                    ? List.of()
                    : freeText.stream()
                            .filter(r ->
                                    AnswerSheetReader.normalised(r.name()).equals(AnswerSheetReader.normalised(name)))
                            .toList();
            if (named.size() == 1) {
                return Optional.of(named.getFirst());
            }
            return freeText.size() == 1 && named.isEmpty() ? Optional.of(freeText.getFirst()) : Optional.empty();
        }

        /** "12", 12 and 12.0 are Krav id 12; "f3" is F3. */
        private static @Nullable String kravId(@Nullable String text) {
            if (text == null) {
                return null;
            }
            String id = text.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
            return id.matches("\\d+\\.0+") ? id.substring(0, id.indexOf('.')) : id;
        }

        private static String column(@Nullable String field) {
            return switch (String.valueOf(field)) {
                case "elaboration" -> AnswerSheet.ELABORATION;
                case "price" -> AnswerSheet.PRICE;
                default -> AnswerSheet.CHOICE;
            };
        }

        private static AnswerSheet.Problem rowProblem(String column, String slug, Object... args) {
            return new AnswerSheet.Problem(column, null, slug, args);
        }
    }
}
