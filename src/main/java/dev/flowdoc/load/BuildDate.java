package dev.flowdoc.load;

import dev.flowdoc.model.Project;
import dev.flowdoc.model.Release;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The one date of a build, never the clock, so that the same sources give the same bytes in every output:
 * SOURCE_DATE_EPOCH (seconds) if set, else the time of the last git commit that touched the project folder,
 * else the date of the newest release in data/product.json that has one, else 2000-01-01.
 */
public final class BuildDate {
    static final Instant FALLBACK = Instant.parse("2000-01-01T00:00:00Z");

    private BuildDate() {}

    public static Instant of(Project project) {
        return of(project, System.getenv(), BuildDate::lastCommit);
    }

    /**
     * {@link #of(Project)} for the project that will be loaded from {@code root}, with git asked now, on a thread of
     * its own, while the project loads: {@code git log} over the folder's history takes tens of milliseconds (longer
     * on a busy machine), which the caller would otherwise wait for after loading. Not asked when
     * SOURCE_DATE_EPOCH decides.
     */
    public static Function<Project, Instant> startingFor(Path root) {
        Map<String, String> env = System.getenv();
        String epoch = env.get("SOURCE_DATE_EPOCH");
        if (epoch != null && epoch.trim().matches("\\d{1,12}") || root == null) {
            return project -> of(project, env, BuildDate::lastCommit);
        }
        java.util.concurrent.CompletableFuture<Optional<Instant>> commit = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> lastCommit(root), task -> {
                    Thread t = new Thread(task, "flowdoc-git-date");
                    t.setDaemon(true);
                    t.start();
                });
        return project -> of(project, env, r -> r.equals(root) ? commit.join() : lastCommit(r));
    }

    static Instant of(Project project, Map<String, String> env, Function<Path, Optional<Instant>> lastCommit) {
        String epoch = env.get("SOURCE_DATE_EPOCH");
        if (epoch != null && epoch.trim().matches("\\d{1,12}")) {
            return Instant.ofEpochSecond(Long.parseLong(epoch.trim()));
        }
        if (project.root() != null) {
            Optional<Instant> commit = lastCommit.apply(project.root());
            if (commit.isPresent()) {
                return commit.get();
            }
        }
        var releases = project.product().releases();
        for (int i = releases.size() - 1; i >= 0; i--) {
            Release r = releases.get(i);
            if (r.date() != null) {
                return r.date().atStartOfDay(ZoneOffset.UTC).toInstant();
            }
        }
        return FALLBACK;
    }

    /** The commit time of the last commit touching {@code root}; empty without git or outside a repository. */
    static Optional<Instant> lastCommit(Path root) {
        try {
            Process git = new ProcessBuilder("git", "-C", root.toString(), "log", "-1", "--format=%ct", "--", ".")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            git.getOutputStream().close();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!git.waitFor(10, TimeUnit.SECONDS)) {
                git.destroyForcibly();
                return Optional.empty();
            }
            return git.exitValue() == 0 && out.matches("\\d{1,12}")
                    ? Optional.of(Instant.ofEpochSecond(Long.parseLong(out))) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
