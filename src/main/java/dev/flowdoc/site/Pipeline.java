package dev.flowdoc.site;

import dev.flowdoc.load.ContentLoader;
import dev.flowdoc.load.FontLoader;
import dev.flowdoc.load.ProjectLoader;
import dev.flowdoc.model.Content;
import dev.flowdoc.model.FontCoverage;
import dev.flowdoc.model.Project;
import dev.flowdoc.validate.Characters;
import dev.flowdoc.validate.ContentValidator;
import dev.flowdoc.validate.Problems;
import dev.flowdoc.validate.Validator;
import java.nio.file.Path;
import java.util.Optional;

/** The stages every command starts with: load the data and the prose, validate both. */
public final class Pipeline {
    private Pipeline() {}

    /** Loads and validates data/ and content/; problems are collected; empty when the project cannot be used. */
    public static Optional<Project> loadAndValidate(Path root, Problems problems) {
        return loadAndValidate(root, problems, false);
    }

    /** The same; with {@code strict}, stale and missing translations are errors (check --strict). */
    public static Optional<Project> loadAndValidate(Path root, Problems problems, boolean strict) {
        return load(root, problems, strict).map(Sources::project);
    }

    /** Like {@link #loadAndValidate} but keeps the pages too, for commands that render them. */
    public static Optional<Sources> load(Path root, Problems problems) {
        return load(root, problems, false);
    }

    public static Optional<Sources> load(Path root, Problems problems, boolean strict) {
        Optional<Project> project = new ProjectLoader(root).load(problems);
        if (project.isEmpty()) {
            return Optional.empty();
        }
        problems.addAll(Validator.forData(strict).validate(project.get()));
        Optional<FontCoverage> fonts = FontLoader.load(root, problems);
        Characters characters = new Characters(fonts.orElse(null));
        characters.check(project.get(), problems);
        return loadContent(root, project.get(), problems, characters);
    }

    /**
     * Loads content/ and validates it against an already validated project (the preview, when only pages
     * changed); empty when there are errors, the project's included.
     */
    public static Optional<Sources> loadContent(Path root, Project project, Problems problems) {
        return loadContent(root, project, problems, new Characters(FontLoader.load(root, problems).orElse(null)));
    }

    private static Optional<Sources> loadContent(Path root, Project project, Problems problems, Characters characters) {
        ContentLoader contentLoader = new ContentLoader(root);
        Content content = contentLoader.exists() ? contentLoader.load(problems) : Content.empty();
        problems.addAll(ContentValidator.standard().validate(project, content));
        characters.check(content, problems);
        return problems.hasErrors() ? Optional.empty() : Optional.of(new Sources(project, content));
    }
}
