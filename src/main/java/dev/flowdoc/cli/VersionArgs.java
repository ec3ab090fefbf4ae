package dev.flowdoc.cli;

import dev.flowdoc.model.Project;
import dev.flowdoc.model.Version;
import java.io.PrintWriter;
import java.util.Optional;

/** Versions given on the command line: any x.y.z; anything else is a usage error (exit code 2) with one clear line. */
final class VersionArgs {
    private VersionArgs() {}

    /** The parsed version, or empty after printing "flowdoc CMD: --OPTION 'VALUE' is not a version …". */
    static Optional<Version> parse(String command, String option, String value, PrintWriter err) {
        Optional<Version> v = Version.parse(value);
        if (v.isEmpty()) {
            err.println("flowdoc " + command + ": " + option + " '" + value
                    + "' is not a version of the form x.y.z (for example 13.0.0); versions compare numerically");
            err.flush();
        }
        return v;
    }

    /** A note (not an error) when a version is not in the release list: the documentation still applies to it. */
    static void noteUnreleased(String command, Version version, Project project, PrintWriter err) {
        if (!project.product().hasRelease(version)) {
            err.println("flowdoc " + command + ": note: " + version + " is not a release in data/product.json ("
                    + project.product().releases().stream().map(r -> r.version().toString())
                    .reduce((a, b) -> a + ", " + b).orElse("none") + "); showing the flows as they apply to it");
            err.flush();
        }
    }
}
