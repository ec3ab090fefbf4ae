package dev.flowdoc.cli;

import dev.flowdoc.site.Progress;
import java.io.PrintWriter;
import picocli.CommandLine.Option;

/** --quiet and --verbose, for the commands that do long work. */
public final class OutputOptions {
    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors (for scripts).")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Print progress (stage, counts, time) on standard error even when it is not a terminal, and every pending translation on its own line.")
    boolean verbose;

    /** Progress goes to standard error when it is a terminal or with --verbose; never with --quiet. */
    Progress progress(PrintWriter err) {
        if (quiet) {
            return Progress.silent();
        }
        return verbose || System.console() != null ? Progress.to(err) : Progress.silent();
    }
}
