package dev.flowdoc.testing;

import dev.flowdoc.model.Content;
import dev.flowdoc.model.Project;
import dev.flowdoc.site.Pipeline;
import dev.flowdoc.site.Sources;
import dev.flowdoc.validate.Problems;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.asciidoctor.Asciidoctor;

/** The real project of this repository, copies of it to break on purpose, and one Asciidoctor for all tests. */
public final class TestProjects {
    /** The repository root: Maven runs the tests there. */
    public static final Path REPO = Path.of("").toAbsolutePath();
    private static Asciidoctor asciidoctor;

    private TestProjects() {}

    /** Created once per test JVM: creating one costs seconds. */
    public static synchronized Asciidoctor asciidoctor() {
        if (asciidoctor == null) {
            asciidoctor = Asciidoctor.Factory.create();
        }
        return asciidoctor;
    }

    public static Sources load(Path root) {
        Problems problems = new Problems();
        return Pipeline.load(root, problems).orElseThrow(() -> new AssertionError(problems.all().toString()));
    }

    public static Project project() {
        return load(REPO).project();
    }

    public static Content content() {
        return load(REPO).content();
    }

    /** A copy of data/, content/ and themes/ to change in a test. */
    public static Path copy(Path dir) {
        for (String sub : new String[] {"data", "content", "themes"}) {
            Path from = REPO.resolve(sub);
            try (Stream<Path> files = Files.walk(from)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    Path to = dir.resolve(sub).resolve(from.relativize(f).toString());
                    if (Files.isDirectory(f)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(f, to);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return dir;
    }

    /** Replaces the first occurrence of {@code from} in a file of the copy. */
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
}
