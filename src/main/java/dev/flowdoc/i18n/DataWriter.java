package dev.flowdoc.i18n;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
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
 * Writes edits back into data/*.json. Every file's new text is computed and checked in memory first;
 * only then is each written to a temporary file beside it and moved over the original. A failure before
 * the moves leaves every file untouched.
 */
public final class DataWriter {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private DataWriter() {}

    /** Applies the edits that change something; returns the number of texts changed. */
    public static int write(TextCatalog catalog, List<TextEdit> edits) throws IOException {
        Map<String, List<TextEdit>> byFile = edits.stream().filter(e -> !e.isNoOp())
                .collect(Collectors.groupingBy(e -> e.text().file(), LinkedHashMap::new, Collectors.toList()));
        Map<Path, String> contents = new LinkedHashMap<>();
        for (Map.Entry<String, List<TextEdit>> e : byFile.entrySet()) {
            TextCatalog.SourceFile file = catalog.fileOf(e.getValue().get(0).text());
            String updated = JsonTextEditor.apply(file.document().text(), e.getValue());
            verify(file.file(), updated, e.getValue());
            contents.put(file.path(), updated);
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

    /** The edited text must still be JSON and hold exactly the new values: a guard against a wrong offset. */
    private static void verify(String file, String updated, List<TextEdit> edits) {
        JsonNode root;
        try {
            root = MAPPER.readTree(updated);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(file + ": the edited file is no longer JSON: " + e.getOriginalMessage(), e);
        }
        for (TextEdit edit : edits) {
            JsonNode text = root.at(edit.text().pointer());
            String en = edit.en() != null ? edit.en() : edit.text().en();
            if (!en.equals(text.path("en").asText()) || !edit.src().equals(text.path("src").asText())) {
                throw new IllegalStateException(file + ": the edit of " + edit.text().idPath() + " did not come out as intended");
            }
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
