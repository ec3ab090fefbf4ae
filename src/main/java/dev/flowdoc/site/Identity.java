package dev.flowdoc.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** This flowdoc's identity, part of every {@link Key}: another build of flowdoc never reads this one's entries. */
final class Identity {
    private Identity() {}

    /**
     * This flowdoc: its code (the jar, or the classes folder when run from an IDE or the tests: path, size, time
     * of the newest class) and the AsciidoctorJ it converts with.
     */
    static synchronized String code() {
        if (current == null) {
            current = codeOf(Identity.class) + "\n" + codeOf(org.asciidoctor.Asciidoctor.class);
        }
        return current;
    }

    private static String current;

    private static String codeOf(Class<?> type) {
        try {
            var source = type.getProtectionDomain().getCodeSource();
            if (source == null) {
                return "unknown";
            }
            Path path = Path.of(source.getLocation().toURI());
            if (Files.isRegularFile(path)) {
                return path + " " + Files.size(path) + " " + Files.getLastModifiedTime(path).toMillis();
            }
            long[] newest = {0, 0};
            try (Stream<Path> files = Files.walk(path)) {
                files.filter(Files::isRegularFile).forEach(f -> {
                    newest[1]++;
                    try {
                        newest[0] = Math.max(newest[0], Files.getLastModifiedTime(f).toMillis());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
            return path + " " + newest[1] + " " + newest[0];
        } catch (Exception e) {
            // unknown code: a key no other run shares
            return "unknown " + System.nanoTime();
        }
    }

}
