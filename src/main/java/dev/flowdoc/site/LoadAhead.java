package dev.flowdoc.site;

import dev.flowdoc.load.DataVersion;
import dev.flowdoc.load.FontLoader;
import dev.flowdoc.load.ThemeLoader;
import dev.flowdoc.model.FontCoverage;
import dev.flowdoc.model.Theme;
import dev.flowdoc.validate.Problems;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * The parts of loading that need nothing but the project folder (the theme's fonts, the theme, the data's
 * fingerprint), read on a thread of their own while this thread loads and validates the data and pages: on two
 * cores the second one is otherwise idle then. Each part's problems are handed over where the loader asks for
 * the part, so they are reported in the same order as if it had been read there.
 */
final class LoadAhead {
    private final CompletableFuture<Part<Optional<FontCoverage>>> fonts;
    private final CompletableFuture<Part<Optional<Theme>>> theme;
    private final CompletableFuture<String> dataVersion;

    private record Part<T>(T value, Problems problems) {}

    private LoadAhead(Path root, boolean theme, boolean dataVersion) {
        this.fonts = new CompletableFuture<>();
        this.theme = new CompletableFuture<>();
        this.dataVersion = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            run(this.fonts, () -> {
                Problems problems = new Problems();
                return new Part<>(FontLoader.load(root, problems), problems);
            });
            if (theme) {
                run(this.theme, () -> {
                    Problems problems = new Problems();
                    return new Part<>(new ThemeLoader(root).load(problems), problems);
                });
            }
            if (dataVersion) {
                run(this.dataVersion, () -> DataVersion.of(root));
            }
        }, "flowdoc-load-ahead");
        thread.setDaemon(true);
        thread.start();
    }

    /** Reads the fonts ahead (every command that validates pages needs them). */
    static LoadAhead fonts(Path root) {
        return new LoadAhead(root, false, false);
    }

    /** Reads the fonts and the theme ahead (check). */
    static LoadAhead fontsAndTheme(Path root) {
        return new LoadAhead(root, true, false);
    }

    /** Reads the fonts, the theme and the data's fingerprint ahead (a site build). */
    static LoadAhead all(Path root) {
        return new LoadAhead(root, true, true);
    }

    private static <T> void run(CompletableFuture<T> future, Supplier<T> part) {
        try {
            future.complete(part.get());
        } catch (Throwable e) {
            future.completeExceptionally(e);
        }
    }

    /** What {@code FontLoader.load(root, problems)} gives. */
    Optional<FontCoverage> fonts(Problems problems) {
        Part<Optional<FontCoverage>> part = join(fonts);
        problems.addAll(part.problems());
        return part.value();
    }

    /** What {@code new ThemeLoader(root).load(problems)} gives. */
    Optional<Theme> theme(Problems problems) {
        Part<Optional<Theme>> part = join(theme);
        problems.addAll(part.problems());
        return part.value();
    }

    /** What {@code DataVersion.of(root)} gives. */
    String dataVersion() {
        return join(dataVersion);
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
