package dev.flowdoc.cli;

import java.nio.file.Path;

/**
 * A path as the user would type it: a relative one as typed (normalized), an absolute one relative to the current
 * folder when it lies below it, else absolute. Never glued: always one separator between folder and name.
 */
final class Shown {
    private Shown() {}

    static String path(Path path) {
        if (!path.isAbsolute()) {
            String typed = path.normalize().toString();
            return typed.isEmpty() ? "." : typed;
        }
        Path abs = path.toAbsolutePath().normalize();
        Path here = Path.of("").toAbsolutePath().normalize();
        if (abs.equals(here)) {
            return ".";
        }
        return abs.startsWith(here) ? here.relativize(abs).toString() : abs.toString();
    }
}
