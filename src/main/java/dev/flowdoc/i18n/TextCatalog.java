package dev.flowdoc.i18n;

import dev.flowdoc.model.Project;
import dev.flowdoc.model.ProjectTexts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The texts of a loaded project ({@link Project#texts()}) as the translation workflow sees them: per data file,
 * files by name and texts in the order they stand in their file (by the position the loader recorded).
 */
public final class TextCatalog {
    /** One data file and its texts. */
    public record SourceFile(String file, List<ProjectTexts.Entry> texts) {
        public SourceFile {
            texts = List.copyOf(texts);
        }
    }

    private static final Comparator<ProjectTexts.Entry> FILE_ORDER = Comparator
            .comparing((ProjectTexts.Entry e) -> e.location().file())
            .thenComparingInt(e -> e.location().line())
            .thenComparingInt(e -> e.location().column());

    private final Path root;
    private final List<SourceFile> files;
    private final Map<String, ProjectTexts.Entry> byIdPath = new LinkedHashMap<>();

    private TextCatalog(Path root, List<SourceFile> files) {
        this.root = root;
        this.files = List.copyOf(files);
        texts().forEach(t -> byIdPath.putIfAbsent(t.idPath(), t));
    }

    /** The texts of a loaded (and validated: ids are unique) project. */
    public static TextCatalog of(Project project) {
        Map<String, List<ProjectTexts.Entry>> byFile = new LinkedHashMap<>();
        project.texts().all().stream().sorted(FILE_ORDER)
                .forEach(t -> byFile.computeIfAbsent(t.location().file(), f -> new ArrayList<>()).add(t));
        List<SourceFile> files = new ArrayList<>();
        byFile.forEach((file, texts) -> files.add(new SourceFile(file, texts)));
        return new TextCatalog(project.root(), files);
    }

    /** The project folder the texts' files are relative to. */
    public Path root() {
        return root;
    }

    public List<SourceFile> files() {
        return files;
    }

    /** Every text, in file order. */
    public Stream<ProjectTexts.Entry> texts() {
        return files.stream().flatMap(f -> f.texts().stream());
    }

    public Optional<ProjectTexts.Entry> text(String idPath) {
        return Optional.ofNullable(byIdPath.get(idPath));
    }

    /** Every id path in file order, for "did you mean" hints. */
    public List<String> idPaths() {
        return List.copyOf(byIdPath.keySet());
    }
}
