package dev.flowdoc.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.nio.charset.StandardCharsets;

/**
 * A site folder kept up to date file by file (serve): only files whose bytes changed are written, each beside and
 * moved into place (the server never sends half a file), files no longer made are deleted, and pages written early
 * by a run that then fails are put back. At rest the folder holds what {@code build} writes, byte for byte.
 */
public final class LiveOutput {
    private final Path out;
    /** The bytes of every file on disk by site path, as last written. */
    private final Map<String, byte[]> written = new HashMap<>();
    /** What the pages written early by the run under way replaced (null: nothing), to put back if it fails. */
    private final Map<String, byte[]> before = new LinkedHashMap<>();

    public LiveOutput(Path out) {
        this.out = out;
    }

    /** Writes one page now if it changed; true when it did. */
    public synchronized boolean page(String path, String html) {
        byte[] previous = written.get(path);
        boolean changed = !writeChanged(Map.of(path, html.getBytes(StandardCharsets.UTF_8))).isEmpty();
        if (changed && !before.containsKey(path)) {
            before.put(path, previous);
        }
        return changed;
    }

    /** The pages this run has written early so far. */
    public synchronized List<String> early() {
        return List.copyOf(before.keySet());
    }

    /** The run's pages are final: nothing to put back any more. */
    public synchronized void settle() {
        before.clear();
    }

    /** Writes the files whose bytes differ from what is on disk; returns their paths. */
    public synchronized List<String> writeChanged(Map<String, byte[]> files) {
        List<String> changed = new ArrayList<>();
        files.forEach((path, bytes) -> {
            byte[] known = written.get(path);
            if (known == null || !Arrays.equals(known, bytes) || !Files.exists(out.resolve(path))) {
                write(path, bytes);
                written.put(path, bytes);
                changed.add(path);
            }
        });
        return changed;
    }

    /** The whole site: changed files written, those no longer made deleted. */
    public synchronized void all(SiteFiles site) {
        writeChanged(site.all());
        for (String path : List.copyOf(written.keySet())) {
            if (!site.all().containsKey(path)) {
                delete(path);
            }
        }
        before.clear();
    }

    /** Puts back the pages written early by a run that then failed: the last good site stays. */
    public synchronized void undo() {
        before.forEach((path, bytes) -> {
            if (bytes == null) {
                delete(path);
            } else {
                write(path, bytes);
                written.put(path, bytes);
            }
        });
        before.clear();
    }

    private void delete(String path) {
        try {
            Files.deleteIfExists(out.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        written.remove(path);
    }

    private void write(String relative, byte[] bytes) {
        try {
            AtomicFiles.write(out.resolve(relative), stream -> stream.write(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
