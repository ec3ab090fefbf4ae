package dev.flowdoc.i18n;

import dev.flowdoc.load.JsonDocument;
import dev.flowdoc.load.ProjectLoader;
import dev.flowdoc.model.Location;
import dev.flowdoc.validate.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Every translatable text of data/*.json, found by its shape (an object with "de" and "en"), in file
 * order, with its stable id path. Reading the files directly (not the model) keeps the positions that
 * the import needs to edit a file in place, and picks up texts of data files the model does not know yet.
 */
public final class TextCatalog {
    /** One data file and its texts. */
    public record SourceFile(String file, Path path, JsonDocument document, List<TextEntry> texts) {
        public SourceFile {
            texts = List.copyOf(texts);
        }
    }

    private final List<SourceFile> files;
    private final Map<String, TextEntry> byIdPath;

    private TextCatalog(List<SourceFile> files, Map<String, TextEntry> byIdPath) {
        this.files = List.copyOf(files);
        this.byIdPath = byIdPath;
    }

    /** Reads every data/*.json and data/profiles/*.json of the project; problems (unreadable, syntax, repeated id paths) go to {@code problems}. */
    public static Optional<TextCatalog> read(Path root, Problems problems) {
        Path data = root.resolve(ProjectLoader.DATA);
        List<Path> paths;
        try (Stream<Path> list = Stream.concat(Files.list(data), profiles(data))) {
            paths = list.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p))
                    .sorted().toList();
        } catch (IOException e) {
            problems.error(Location.of(ProjectLoader.DATA + "/"), "cannot list the data folder (" + e.getMessage() + ")",
                    "run flowdoc in the project folder or pass --project DIR");
            return Optional.empty();
        }
        List<SourceFile> files = new ArrayList<>();
        Map<String, TextEntry> byIdPath = new LinkedHashMap<>();
        boolean ok = true;
        for (Path path : paths) {
            String name = data.relativize(path).toString().replace('\\', '/');
            String display = ProjectLoader.DATA + "/" + name;
            Optional<JsonDocument> doc = JsonDocument.read(path, display, problems);
            if (doc.isEmpty()) {
                ok = false;
                continue;
            }
            String prefix = name.substring(0, name.length() - ".json".length());
            List<TextEntry> texts = TextWalker.texts(doc.get(), prefix);
            for (TextEntry t : texts) {
                TextEntry before = byIdPath.putIfAbsent(t.idPath(), t);
                if (before != null) {
                    problems.error(t.location(), "the text " + t.idPath() + " appears twice (first at " + before.location() + ")",
                            "give every entry its own id");
                    ok = false;
                }
            }
            files.add(new SourceFile(display, path, doc.get(), texts));
        }
        return ok ? Optional.of(new TextCatalog(files, byIdPath)) : Optional.empty();
    }

    /** The profiles (data/profiles/*.json) hold texts too. */
    private static Stream<Path> profiles(Path data) throws IOException {
        Path dir = data.resolve("profiles");
        return Files.isDirectory(dir) ? Files.list(dir) : Stream.empty();
    }

    public List<SourceFile> files() {
        return files;
    }

    public Stream<TextEntry> texts() {
        return files.stream().flatMap(f -> f.texts().stream());
    }

    public Optional<TextEntry> text(String idPath) {
        return Optional.ofNullable(byIdPath.get(idPath));
    }

    public SourceFile fileOf(TextEntry text) {
        return files.stream().filter(f -> f.file().equals(text.file())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no data file " + text.file()));
    }

    /** Id paths similar to {@code idPath}, for "did you mean" hints. */
    public List<String> idPaths() {
        return List.copyOf(byIdPath.keySet());
    }
}
