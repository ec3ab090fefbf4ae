package dev.flowdoc.testing;

import dev.flowdoc.cli.Main;
import dev.flowdoc.model.Content;
import dev.flowdoc.model.Project;
import dev.flowdoc.site.Loader;
import dev.flowdoc.site.Inputs;
import dev.flowdoc.view.Documentation;
import dev.flowdoc.diag.Problems;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.asciidoctor.Asciidoctor;

/**
 * Projects for tests: the repository itself, copies of it to break on purpose, the minimal fixture and fixtures
 * overlaid with broken files; and one Asciidoctor for all tests.
 */
public final class TestProjects {
    public static final Path REPOSITORY = Path.of("").toAbsolutePath();
    public static final Path RESOURCES = REPOSITORY.resolve("src/test/resources");
    public static final Path MINIMAL = RESOURCES.resolve("projects/minimal");

    private static Asciidoctor asciidoctor;

    private TestProjects() {}

    /** Created once per test JVM: creating one costs seconds. */
    public static synchronized Asciidoctor asciidoctor() {
        if (asciidoctor == null) {
            asciidoctor = Asciidoctor.Factory.create();
        }
        return asciidoctor;
    }

    public static Inputs load(Path root) {
        Problems problems = new Problems();
        return Loader.load(root, problems).orElseThrow(() -> new AssertionError(problems.all().toString()));
    }

    /** A project's data alone, loaded and validated (fixtures without a theme or pages). */
    public static Project data(Path root) {
        Problems problems = new Problems();
        return Loader.loadAndValidate(root, problems).orElseThrow(() -> new AssertionError(problems.all().toString()));
    }

    /** The views of a project's newest release, as a build makes them. */
    public static Documentation docs(Path root) {
        Inputs inputs = load(root).forRelease(null);
        return Documentation.of(inputs.project(), inputs.theme().messages());
    }

    public static Project project() {
        return load(REPOSITORY).project();
    }

    public static Content content() {
        return load(REPOSITORY).content();
    }

    /** Replaces the first occurrence of {@code from} in a file of a project copy. */
    public static void replace(Path root, String file, String from, String to) {
        try {
            Path f = root.resolve(file);
            String text = Files.readString(f, StandardCharsets.UTF_8);
            if (!text.contains(from)) {
                throw new AssertionError(file + " does not contain " + from);
            }
            Files.writeString(f, text.replaceFirst(java.util.regex.Pattern.quote(from),
                    java.util.regex.Matcher.quoteReplacement(to)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of {@code source} in {@code target}. */
    public static Path copy(Path source, Path target) {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path p : files.toList()) {
                Path dest = target.resolve(source.relativize(p).toString());
                if (Files.isSymbolicLink(p)) {
                    continue; // a fixture's data/schema links to the repository's: the copy gets real files below
                }
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            withSchemas(target);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A project copied for a test gets the schemas its "$schema" names, as 'flowdoc init' writes them (the fixtures
     * keep no copies of their own; check warns about a "$schema" that names a missing file).
     */
    private static void withSchemas(Path target) throws IOException {
        Path data = target.resolve("data");
        if (Files.isDirectory(data) && !Files.exists(data.resolve("schema")) && !target.equals(REPOSITORY)
                && Files.isDirectory(REPOSITORY.resolve("data/schema"))) {
            Files.createDirectories(data.resolve("schema"));
            try (Stream<Path> schemas = Files.list(REPOSITORY.resolve("data/schema"))) {
                for (Path s : schemas.toList()) {
                    Files.copy(s, data.resolve("schema").resolve(s.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** A copy of the repository's own data/ and content/ (and themes/ if present) in {@code target}. */
    public static Path copyOfRepository(Path target) {
        for (String dir : List.of("data", "content", "themes")) {
            if (Files.isDirectory(REPOSITORY.resolve(dir))) {
                copy(REPOSITORY.resolve(dir), target.resolve(dir));
            }
        }
        return target;
    }

    /**
     * The minimal project with a broken case laid over it: every file of the case replaces the project's;
     * a file named {@code delete} lists paths to remove; {@code expected.txt} is not copied.
     */
    public static Path brokenCase(Path caseDir, Path target) {
        copy(MINIMAL, target);
        try (Stream<Path> files = Files.walk(caseDir)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                String rel = caseDir.relativize(p).toString();
                if (rel.equals("expected.txt")) {
                    continue;
                }
                if (rel.equals("delete")) {
                    for (String line : Files.readAllLines(p)) {
                        if (!line.isBlank()) {
                            delete(target.resolve(line.trim()));
                        }
                    }
                    continue;
                }
                Path dest = target.resolve(rel);
                Files.createDirectories(dest.getParent());
                Files.copy(p, dest, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void delete(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        Files.walkFileTree(path, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Every file below {@code root} (relative path, '/'-separated) with the SHA-256 of its bytes, sorted. */
    public static java.util.SortedMap<String, String> tree(Path root) {
        java.util.SortedMap<String, String> files = new java.util.TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f));
                files.put(root.relativize(f).toString().replace(java.io.File.separatorChar, '/'),
                        java.util.HexFormat.of().formatHex(hash));
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs flowdoc in-process. */
    public static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    /** The outcome of one flowdoc run. */
    public record Run(int exitCode, String out, String err) {
        public List<String> errLines() {
            return err.lines().toList();
        }
    }

    /** Case folders under a resources folder, sorted by name. */
    public static List<Path> cases(String folder) {
        try (Stream<Path> dirs = Files.list(RESOURCES.resolve(folder))) {
            return dirs.filter(Files::isDirectory).sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
