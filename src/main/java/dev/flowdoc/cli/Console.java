package dev.flowdoc.cli;

import dev.flowdoc.validate.Problem;
import dev.flowdoc.validate.Problems;
import java.io.PrintWriter;

/** Prints problems compiler style on standard error and a count at the end. */
final class Console {
    private Console() {}

    static void print(Problems problems, PrintWriter err) {
        print(problems, err, false);
    }

    /** With {@code errorsOnly} (--quiet), warnings are left out. */
    static void print(Problems problems, PrintWriter err, boolean errorsOnly) {
        for (Problem p : problems.all()) {
            if (!errorsOnly || p.isError()) {
                err.println(p.format());
            }
        }
        if (problems.hasErrors()) {
            err.println(count(problems.errorCount(), "error") + (problems.warningCount() > 0 && !errorsOnly
                    ? ", " + count(problems.warningCount(), "warning") : ""));
        }
        err.flush();
    }

    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
