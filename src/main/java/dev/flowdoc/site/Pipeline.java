package dev.flowdoc.site;

import dev.flowdoc.load.ProjectLoader;
import dev.flowdoc.model.Project;
import dev.flowdoc.validate.Problems;
import dev.flowdoc.validate.Validator;
import java.nio.file.Path;
import java.util.Optional;

/** The stages every command starts with: load the data, validate it. */
public final class Pipeline {
    private Pipeline() {}

    /** Loads and validates; problems are collected; empty when the project cannot be used. */
    public static Optional<Project> loadAndValidate(Path root, Problems problems) {
        return loadAndValidate(root, problems, false);
    }

    /** The same; with {@code strict}, stale and missing translations are errors (check --strict). */
    public static Optional<Project> loadAndValidate(Path root, Problems problems, boolean strict) {
        Optional<Project> project = new ProjectLoader(root).load(problems);
        project.ifPresent(p -> problems.addAll(Validator.forData(strict).validate(p)));
        return problems.hasErrors() ? Optional.empty() : project;
    }
}
