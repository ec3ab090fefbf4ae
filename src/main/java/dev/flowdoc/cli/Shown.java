package dev.flowdoc.cli;

import java.nio.file.Path;

/** A path as the user would type it: relative to the current folder when it lies below it, else absolute. */
final class Shown {
    private Shown() {}

    static String path(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        Path here = Path.of("").toAbsolutePath().normalize();
        if (abs.equals(here)) {
            return ".";
        }
        return abs.startsWith(here) ? here.relativize(abs).toString() : abs.toString();
    }
}
