package dev.flowdoc.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where a command may write. A site folder is replaced as a whole, so it must be flowdoc's own (it carries
 * {@link #MARKER}), empty or missing; a single file may replace only a previous output of its kind. Nothing
 * may be written over the project, its sources, the home folder or the file system root. Every command that
 * writes asks here first and stops with a usage error (exit 2) when the answer is a refusal.
 */
public final class OutputGuard {
    /** The file every site build leaves in its folder: "flowdoc wrote this and may replace it". */
    public static final String MARKER = ".flowdoc-site";
    /** The default site folder in a project: Maven's build folder, which {@code mvn clean} deletes anyway. */
    public static final String DEFAULT_SITE = "target/site";
    private static final List<String> SOURCES = List.of("data", "content", "themes", "src", ".git");

    private OutputGuard() {}

    /** The reason a site may not be written to {@code out} (and what to do), or empty when it may. */
    public static Optional<String> site(Path project, Path out) {
        Path root = real(project);
        Path dir = real(out);
        Optional<String> common = common(root, dir, out, "a folder of its own, e.g. target/site");
        if (common.isPresent()) {
            return common;
        }
        if (dir.startsWith(root.resolve(Memo.DIR))) {
            return Optional.of(out + " lies inside flowdoc's build cache (" + Memo.DIR + "); name a folder"
                    + " of its own, e.g. target/site");
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            return Optional.of(out + " is a file, not a folder; name a folder for the site");
        }
        if (Files.isDirectory(dir) && !isEmpty(dir) && !Files.exists(dir.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)
                && !isDefault(root, dir)) {
            return Optional.of(out + " is a folder that flowdoc did not write (it has no " + MARKER
                    + " file) and a build replaces it as a whole; name an empty or new folder, or empty this one yourself");
        }
        return Optional.empty();
    }

    /**
     * The reason a single output file may not be written to {@code file}, or empty when it may. An existing file
     * is replaced only when it ends with one of {@code extensions} (".pdf"): a previous output of the same kind.
     */
    public static Optional<String> file(Path project, Path file, List<String> extensions) {
        Path root = real(project);
        Path target = real(file);
        Optional<String> common = common(root, target, file, "a file of its own, e.g. target/"
                + (target.getFileName() == null ? "out" + extensions.get(0) : target.getFileName()));
        if (common.isPresent()) {
            return common;
        }
        if (Files.isDirectory(target)) {
            return Optional.of(file + " is a folder; name a file, e.g. " + file.resolve("out" + extensions.get(0)));
        }
        String name = target.getFileName().toString().toLowerCase(Locale.ROOT);
        if (Files.exists(target) && extensions.stream().noneMatch(name::endsWith)) {
            return Optional.of(file + " exists and is not a " + String.join(" or ", extensions)
                    + " file; flowdoc replaces only a previous output of that kind, so name a new file");
        }
        return Optional.empty();
    }

    /** True when {@code dir} is the project's default site folder, which may hold a site written before markers. */
    public static boolean isDefault(Path project, Path dir) {
        return real(dir).equals(real(project).resolve(DEFAULT_SITE));
    }

    private static Optional<String> common(Path root, Path target, Path shown, String instead) {
        if (target.getParent() == null) {
            return Optional.of(shown + " is the root of the file system; name " + instead);
        }
        String home = System.getProperty("user.home");
        if (home != null && !home.isBlank() && real(Path.of(home)).startsWith(target)) {
            return Optional.of(shown + (target.equals(real(Path.of(home))) ? " is your home folder" : " contains your home folder")
                    + "; name " + instead);
        }
        if (root.startsWith(target)) {
            return Optional.of(shown + (root.equals(target) ? " is the project folder" : " contains the project folder")
                    + " and writing there would delete the project; name " + instead);
        }
        for (String source : SOURCES) {
            if (target.startsWith(root.resolve(source))) {
                return Optional.of(shown + " lies inside the project's " + source + "/ folder, which holds sources"
                        + " flowdoc must not overwrite; name " + instead);
            }
        }
        return Optional.empty();
    }

    /**
     * Why {@code dir} (shown as {@code shown}) cannot take a new project, or empty: {@code flowdoc init} writes only
     * into a missing or empty folder, so it never mixes its files with, or overwrites, anything that is there.
     */
    public static Optional<String> newProject(Path dir, String shown) {
        Path real = real(dir);
        if (Files.exists(real) && !Files.isDirectory(real)) {
            return Optional.of(shown + " is a file, not a folder; name a new or empty folder for the project");
        }
        if (Files.isDirectory(real) && !isEmpty(real)) {
            return Optional.of(shown + " is not empty; flowdoc init writes a new project only into a new or empty "
                    + "folder, so that nothing there is overwritten: name another folder, or empty this one");
        }
        return Optional.empty();
    }

    /**
     * The absolute path with symbolic links resolved as far as the path exists (the rest appended), so that a
     * link cannot lead a build into the project.
     */
    static Path real(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return abs;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(abs).toString()).normalize();
        } catch (IOException e) {
            return abs;
        }
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }
}
