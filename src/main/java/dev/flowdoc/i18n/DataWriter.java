package dev.flowdoc.i18n;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes edits back into data/*.json. This is the one step of the translation workflow that reads the files
 * again: an in-place edit needs their exact characters (the texts were found in the loaded project, with the
 * place of each). Every file's new text is computed and checked in memory first;
 * only then is each written to a temporary file beside it and moved over the original. A failure before
 * the moves leaves every file untouched.
 */
public final class DataWriter {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private DataWriter() {}

    /** Applies the edits that change something; returns the number of texts changed. */
    public static int write(TextCatalog catalog, List<TextEdit> edits) throws IOException {
        Map<String, List<TextEdit>> byFile = edits.stream().filter(e -> !e.isNoOp())
                .collect(Collectors.groupingBy(e -> e.text().location().file(), LinkedHashMap::new, Collectors.toList()));
        Map<Path, String> contents = new LinkedHashMap<>();
        for (Map.Entry<String, List<TextEdit>> e : byFile.entrySet()) {
            Path path = catalog.root().resolve(e.getKey());
            // the loader has read this file as UTF-8 without a byte order mark
            String updated = JsonTextEditor.apply(Files.readString(path, StandardCharsets.UTF_8), e.getValue());
            verify(e.getKey(), updated);
            contents.put(path, updated);
        }
        List<Path> temps = new ArrayList<>();
        try {
            for (Map.Entry<Path, String> e : contents.entrySet()) {
                Path temp = Files.createTempFile(e.getKey().getParent(), "." + e.getKey().getFileName(), ".tmp");
                temps.add(temp);
                Files.writeString(temp, e.getValue(), StandardCharsets.UTF_8);
                keepPermissions(e.getKey(), temp);
            }
        } catch (IOException e) {
            for (Path t : temps) {
                Files.deleteIfExists(t);
            }
            throw e;
        }
        int i = 0;
        for (Path target : contents.keySet()) {
            move(temps.get(i++), target);
        }
        return byFile.values().stream().mapToInt(List::size).sum();
    }

    /** The edited text must still be JSON (each edited object was checked by the editor). */
    private static void verify(String file, String updated) {
        try {
            MAPPER.readTree(updated);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(file + ": the edited file is no longer JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** A temporary file is private (rw-------); the data file keeps the permissions it had. */
    private static void keepPermissions(Path original, Path temp) throws IOException {
        try {
            Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(original));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the temporary file gets the folder's defaults
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
