package dev.flowdoc.cli;

import dev.flowdoc.model.TranslationState;
import dev.flowdoc.model.Location;
import dev.flowdoc.diag.Counts;
import dev.flowdoc.diag.Problem;
import dev.flowdoc.diag.Problems;
import dev.flowdoc.validate.TranslationsCurrent;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Prints problems compiler style on standard error and a count at the end. Pending translations are summed up in
 * one line per file and state (a writer who translates by hand would otherwise get one long line per text); the
 * line names the command that lists them and the one that records a reviewed English as current.
 */
final class Console {
    /** How much of the pending translations to show. */
    enum Translations {
        /** One line per file and state. */
        SUMMED_UP,
        /** One line per text (--verbose). */
        EVERY_TEXT,
        /** None: commands run again and again (checklist, changes, serve) leave them to check and build. */
        NONE
    }

    private Console() {}

    static void print(Problems problems, PrintWriter err) {
        print(problems, err, false, Translations.SUMMED_UP);
    }

    /** With {@code errorsOnly} (--quiet), warnings are left out. */
    static void print(Problems problems, PrintWriter err, boolean errorsOnly) {
        print(problems, err, errorsOnly, Translations.SUMMED_UP);
    }

    static void print(Problems problems, PrintWriter err, boolean errorsOnly, Translations translations) {
        List<Problem> shown = shown(problems, translations);
        long errors = shown.stream().filter(Problem::isError).count();
        long warnings = shown.size() - errors;
        for (Problem p : shown) {
            if (!errorsOnly || p.isError()) {
                err.println(p.format());
            }
        }
        if (errors > 0) {
            err.println(count(errors, "error") + (warnings > 0 && !errorsOnly ? ", " + count(warnings, "warning") : ""));
        }
        err.flush();
    }

    /**
     * For the commands that make one output from the project (checklist, changes, firewall): every error, since it
     * stops them, but the project's warnings only as one line naming their number and the command that lists them;
     * check and build report them (a batch of commands would otherwise print each once per command).
     */
    static void printForOutput(String command, Problems problems, PrintWriter err) {
        List<Problem> shown = shown(problems, Translations.SUMMED_UP);
        long errors = shown.stream().filter(Problem::isError).count();
        long warnings = shown.size() - errors;
        for (Problem p : shown) {
            if (p.isError()) {
                err.println(p.format());
            }
        }
        if (errors > 0) {
            err.println(count(errors, "error"));
        }
        if (warnings > 0) {
            err.println(warningsLine(command, warnings));
        }
        err.flush();
    }

    /** "flowdoc checklist: the project has 2 warnings; 'flowdoc check' lists them". */
    static String warningsLine(String command, long warnings) {
        return "flowdoc " + command + ": the project has " + count(warnings, "warning") + "; 'flowdoc check' lists them";
    }

    /** The problems as printed: pending translations summed up, listed one by one, or left out. */
    static List<Problem> shown(Problems problems, Translations translations) {
        List<Problem> out = new ArrayList<>();
        Map<String, List<Problem>> pending = new TreeMap<>();
        for (Problem p : problems.all()) {
            Optional<TranslationState> state = TranslationsCurrent.stateOf(p);
            if (state.isEmpty() || translations == Translations.EVERY_TEXT) {
                out.add(p);
            } else if (translations == Translations.SUMMED_UP) {
                pending.computeIfAbsent(p.location().file() + "\u0000" + state.get() + "\u0000" + p.severity(),
                        k -> new ArrayList<>()).add(p);
            }
        }
        for (List<Problem> same : pending.values()) {
            out.add(summary(same));
        }
        return out.stream().sorted(Problem.ORDER).toList();
    }

    /** "data/flows.json: warning: 3 English texts are stale (…); list them with …, record … with …". */
    private static Problem summary(List<Problem> same) {
        Problem first = same.get(0);
        boolean stale = TranslationsCurrent.stateOf(first).orElseThrow() == TranslationState.STALE;
        int n = same.size();
        String message = Counts.message(stale ? "translations.stale" : "translations.missing", n);
        String hint = TranslationsCurrent.neverRecorded(first) ? TranslationsCurrent.NEVER_RECORDED
                : "'flowdoc i18n status' lists them with their id paths (--verbose here lists every text); "
                + (stale ? "check each English against its new German and correct it, then record it with " : "if an English translates its German, record it with ")
                + "'flowdoc i18n mark-current --id PATH'; or translate them via 'flowdoc i18n export --only-pending' and 'flowdoc i18n import'";
        return new Problem(Location.of(first.location().file()), first.severity(), message, hint);
    }

    static String count(long n, String noun) {
        return Counts.count(n, noun);
    }
}
