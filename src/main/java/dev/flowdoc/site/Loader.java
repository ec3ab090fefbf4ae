package dev.flowdoc.site;

import dev.flowdoc.load.BuildDate;
import dev.flowdoc.load.ContentLoader;
import dev.flowdoc.load.DataVersion;
import dev.flowdoc.load.FontLoader;
import dev.flowdoc.load.ProjectLoader;
import dev.flowdoc.load.ThemeLoader;
import dev.flowdoc.model.Content;
import dev.flowdoc.model.Location;
import dev.flowdoc.model.Project;
import dev.flowdoc.model.Theme;
import dev.flowdoc.validate.Characters;
import dev.flowdoc.validate.ContentValidator;
import dev.flowdoc.diag.Problem;
import dev.flowdoc.diag.Problems;
import dev.flowdoc.validate.Validator;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The first two stages of every command: load (data, pages, theme: the only reading of the project) and validate
 * (every rule; all problems are collected). Empty when there is any error.
 */
public final class Loader {
    private Loader() {}

    /** The data alone, validated (check, checklist, changes, i18n); pages are validated too when there are any. */
    public static Optional<Project> loadAndValidate(Path root, Problems problems) {
        return loadAndValidate(root, problems, false);
    }

    /** The same; with {@code strict}, stale and missing translations are errors (check --strict). */
    public static Optional<Project> loadAndValidate(Path root, Problems problems, boolean strict) {
        Optional<Validated> validated = validated(root, problems, strict);
        return problems.hasErrors() || validated.isEmpty() ? Optional.empty() : validated.map(Validated::project);
    }

    /** Everything a site build needs: data, pages and theme, validated. */
    public static Optional<Inputs> load(Path root, Problems problems) {
        return load(root, problems, Optional.empty());
    }

    /**
     * The same with the theme of an earlier load of this project whose theme files have not changed since (the
     * preview's rebuild after an edit of data/ or content/); empty: the theme is loaded.
     */
    public static Optional<Inputs> load(Path root, Problems problems, Optional<Theme> kept) {
        // the date of the last commit (a git process) and the data's fingerprint are found while the project loads
        var buildDate = BuildDate.startingFor(root);
        CompletableFuture<String> dataVersion = CompletableFuture.supplyAsync(() -> DataVersion.of(root), task -> {
            Thread t = new Thread(task, "flowdoc-data-version");
            t.setDaemon(true);
            t.start();
        });
        Optional<Checked> checked = check(root, problems, false, kept);
        return checked.map(c -> new Inputs(c.project(), c.content(), c.theme(), buildDate.apply(c.project()), version(dataVersion)));
    }

    private static String version(CompletableFuture<String> dataVersion) {
        try {
            return dataVersion.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re; // as DataVersion.of throws it (an unreadable file)
            }
            throw e;
        }
    }

    /**
     * What {@code check} runs: every rule {@link #load(Path, Problems)} applies before a build renders, so that
     * check reports exactly what build would refuse (with {@code strict}, pending translations are errors too).
     */
    public static Optional<Checked> check(Path root, Problems problems, boolean strict) {
        return check(root, problems, strict, Optional.empty());
    }

    private static Optional<Checked> check(Path root, Problems problems, boolean strict, Optional<Theme> kept) {
        Optional<Validated> validated = validated(root, problems, strict);
        Optional<Theme> theme = kept.isPresent() ? kept : new ThemeLoader(root).load(problems);
        if (validated.isEmpty()) {
            return Optional.empty();
        }
        Content content = validated.get().content();
        if (content.isEmpty()) {
            problems.error(Location.of("content/"), "there are no pages to build",
                    "write content/de/index.adoc and content/en/index.adoc, e.g. with flowtable::all[] (flowdoc init DIR writes a starting point)");
        }
        if (problems.hasErrors() || theme.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Checked(validated.get().project(), content, theme.get()));
    }

    /**
     * Loads and validates data and pages. When entries of data/ violate their schema, the loader leaves them out
     * and the rest is validated all the same, so that one run reports schema and reference problems together;
     * only the errors that cannot come from the left-out entries are kept then (none that names one of their ids,
     * no warning: a menu entry only a broken flow names is not "unreferenced"). The left-out entries themselves are
     * checked on their raw JSON as far as it can be read (references, ports, versions, characters): their errors are
     * reported at their values, except where the schema already reported one.
     */
    private static Optional<Validated> validated(Path root, Problems problems, boolean strict) {
        ProjectLoader loader = new ProjectLoader(root);
        Problems loading = new Problems();
        Optional<Project> project = loader.load(loading);
        problems.addAll(loading);
        if (project.isEmpty()) {
            return Optional.empty();
        }
        Problems found = new Problems();
        found.addAll(Validator.forData(strict).validate(project.get()));
        Optional<Project> asWritten = loading.hasErrors() ? loader.asWritten() : Optional.empty();
        Problems leftOut = new Problems();
        Content content = content(root, project.get(), asWritten, found, leftOut);
        if (!loading.hasErrors()) {
            problems.addAll(found);
        } else {
            Set<String> left = loader.skippedIds();
            found.all().stream().filter(Problem::isError)
                    .filter(p -> left.stream().noneMatch(id -> p.message().contains("'" + id + "'")))
                    .forEach(problems::add);
            Set<dev.flowdoc.model.Location> reported = new java.util.HashSet<>();
            loading.all().forEach(p -> reported.add(p.location()));
            asWritten.ifPresent(written -> leftOut.addAll(Validator.forLeftOutEntries().validate(written)));
            leftOut.all().stream().filter(Problem::isError)
                    .filter(p -> loader.inLeftOut(p.location()) && !reported.contains(p.location()))
                    .forEach(problems::add);
        }
        return content == null ? Optional.empty() : Optional.of(new Validated(project.get(), content));
    }

    private record Validated(Project project, Content content) {}

    /** A project that passed every check: data, pages, theme. */
    public record Checked(Project project, Content content, Theme theme) {}

    /**
     * The pages, validated against the project; every character of data and pages checked against the theme's fonts
     * (and those of the project {@code asWritten}, with the left-out entries, into {@code leftOut}).
     */
    private static Content content(Path root, Project project, Optional<Project> asWritten, Problems problems, Problems leftOut) {
        ContentLoader contentLoader = new ContentLoader(root);
        Content content = contentLoader.exists() ? contentLoader.load(problems) : Content.empty();
        problems.addAll(ContentValidator.standard().validate(project, content));
        Characters characters = new Characters(FontLoader.load(root, problems).orElse(null));
        characters.check(project, problems);
        characters.check(content, problems);
        asWritten.ifPresent(written -> {
            try {
                characters.check(written, leftOut);
            } catch (RuntimeException unreadable) {
                // a left-out entry's value the schema refused, read as far as it goes; the schema's message stands for it
            }
        });
        return content;
    }
}
