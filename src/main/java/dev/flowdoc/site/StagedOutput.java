package dev.flowdoc.site;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The build writes into a temporary folder beside the target and swaps it in only when everything
 * succeeded, so a failed build leaves the previous site (or nothing) in place, never half a site.
 */
final class StagedOutput implements AutoCloseable {
    private final Path target;
    private final Path staging;
    private final boolean mayReplaceUnmarked;
    private boolean committed;

    /**
     * Stages a site for {@code target}; the staged folder carries {@link OutputGuard#MARKER}. Only a target that
     * carries it too, is empty or missing is replaced, or any folder when {@code mayReplaceUnmarked} (the project's
     * target/site, where a site from before the marker may be).
     */
    StagedOutput(Path target, boolean mayReplaceUnmarked) throws IOException {
        this.target = target.toAbsolutePath().normalize();
        this.mayReplaceUnmarked = mayReplaceUnmarked;
        Files.createDirectories(this.target.getParent());
        this.staging = Files.createTempDirectory(this.target.getParent(), "." + this.target.getFileName() + "-");
        Files.writeString(staging.resolve(OutputGuard.MARKER), Build.MARKER_TEXT);
    }

    StagedOutput(Path target) throws IOException {
        this(target, false);
    }

    /** Writes every file of the rendered site into the staging folder. */
    void writeAll(SiteFiles site) throws IOException {
        for (java.util.Map.Entry<String, byte[]> file : site.all().entrySet()) {
            Path path = staging.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.write(path, file.getValue());
        }
    }

    /** Replaces the target with the staged folder. */
    void commit() throws IOException {
        if (!replaceable()) {
            throw new IOException("refusing to replace " + target + ": it is not empty and flowdoc did not write it (no "
                    + OutputGuard.MARKER + ")");
        }
        Path old = null;
        if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + "-old-");
            Files.delete(old);
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        committed = true;
        if (old != null) {
            delete(old);
        }
    }

    private boolean replaceable() throws IOException {
        if (mayReplaceUnmarked || !Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                || Files.exists(target.resolve(OutputGuard.MARKER), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        if (!Files.isDirectory(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (var entries = Files.list(target)) {
            return entries.findAny().isEmpty();
        }
    }

    @Override
    public void close() throws IOException {
        if (!committed) {
            delete(staging);
        }
    }

    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
