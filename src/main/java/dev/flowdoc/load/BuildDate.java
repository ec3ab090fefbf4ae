package dev.flowdoc.load;

import dev.flowdoc.model.Project;
import dev.flowdoc.model.Release;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
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
     * Asks git for the last commit now and answers later: the build loads and validates while git runs on the
     * other core (the answer is the same as {@link #of(Project)} would give; a process start costs a rebuild
     * of the preview 3-15 ms otherwise).
     */
    public static Pending start(Path root) {
        Map<String, String> env = System.getenv();
        if (env.get("SOURCE_DATE_EPOCH") != null) {
            return new Pending(null);
        }
        return new Pending(java.util.concurrent.CompletableFuture.supplyAsync(() -> lastCommit(root), DAEMON));
    }

    /** A build date being found out: {@link #of(Project)} of a project loaded from the root it was started for. */
    public static final class Pending {
        private final java.util.concurrent.CompletableFuture<Optional<Instant>> commit;

        private Pending(java.util.concurrent.CompletableFuture<Optional<Instant>> commit) {
            this.commit = commit;
        }

        public Instant of(Project project) {
            return commit == null ? BuildDate.of(project) : BuildDate.of(project, System.getenv(), root -> commit.join());
        }
    }

    private static final java.util.concurrent.Executor DAEMON = task -> {
        Thread thread = new Thread(task, "flowdoc-build-date");
        thread.setDaemon(true);
        thread.start();
    };

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
            if (r.date() != null && r.date().matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(r.date()).atStartOfDay(ZoneOffset.UTC).toInstant();
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
