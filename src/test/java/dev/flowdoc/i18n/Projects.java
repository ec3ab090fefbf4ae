package dev.flowdoc.i18n;

import dev.flowdoc.testing.TestProjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Test projects in temporary folders, and flowdoc run on them as a user would. */
final class Projects {
    /** The repository's own project (Maven runs the tests in the project folder). */
    static final Path REPOSITORY = TestProjects.REPOSITORY;

    record Run(int exit, String out, String err) {
        List<String> outLines() {
            return out.lines().toList();
        }
    }

    private Projects() {}

    /** A copy of src/test/resources/i18n/small: 9 texts, 6 current, 2 missing, 1 stale. */
    static Path small(Path dir) throws IOException {
        try {
            copy(Path.of(Projects.class.getResource("/i18n/small").toURI()), dir);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return dir;
    }

    /** A copy of the repository's data/ and content/. */
    static Path repository(Path dir) throws IOException {
        copy(REPOSITORY.resolve("data"), dir.resolve("data"));
        copy(REPOSITORY.resolve("content"), dir.resolve("content"));
        return dir;
    }

    static Run flowdoc(String... args) {
        TestProjects.Run run = TestProjects.run(args);
        return new Run(run.exitCode(), run.out(), run.err());
    }

    /** The bytes of every file under data/, by path. */
    static Map<String, String> snapshot(Path project) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(project.resolve("data"))) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(project.relativize(p).toString(), Files.readString(p));
            }
        }
        return files;
    }

    static String read(Path project, String file) {
        try {
            return Files.readString(project.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void replace(Path project, String file, String from, String to) throws IOException {
        String text = read(project, file);
        if (!text.contains(from)) {
            throw new IllegalArgumentException(file + " does not contain " + from);
        }
        Files.writeString(project.resolve(file), text.replace(from, to));
    }

    private static void copy(Path from, Path to) {
        TestProjects.copy(from, to);
    }
}
