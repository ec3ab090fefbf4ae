package dev.flowdoc.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The --project option every command shares. */
public final class ProjectOption {
    @Option(names = "--project", paramLabel = "DIR", defaultValue = ".",
            description = "The project folder (holds data/, content/, themes/). Default: the current directory.")
    Path project;

    public Path root() {
        return project.toAbsolutePath().normalize();
    }
}
