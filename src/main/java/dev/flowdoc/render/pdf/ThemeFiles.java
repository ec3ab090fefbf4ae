package dev.flowdoc.render.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** A file of the default theme: the project's themes/default/ wins over the copy in the jar. */
final class ThemeFiles {
    private static final String THEME = "themes/default/";
    private static final String BUNDLED = "dev/flowdoc/themes/default/";

    private ThemeFiles() {}

    /** The file, or empty when neither the project nor flowdoc has it. */
    static java.util.Optional<InputStream> find(Path projectRoot, String relative) throws IOException {
        if (projectRoot != null) {
            Path file = projectRoot.resolve(THEME + relative);
            if (Files.isRegularFile(file)) {
                return java.util.Optional.of(Files.newInputStream(file));
            }
        }
        return java.util.Optional.ofNullable(ThemeFiles.class.getClassLoader().getResourceAsStream(BUNDLED + relative));
    }

    static InputStream open(Path projectRoot, String relative) throws IOException {
        if (projectRoot != null) {
            Path file = projectRoot.resolve(THEME + relative);
            if (Files.isRegularFile(file)) {
                return Files.newInputStream(file);
            }
        }
        InputStream in = ThemeFiles.class.getClassLoader().getResourceAsStream(BUNDLED + relative);
        if (in == null) {
            throw new IOException("theme file " + THEME + relative + " is missing (neither in the project nor in flowdoc)");
        }
        return in;
    }
}
