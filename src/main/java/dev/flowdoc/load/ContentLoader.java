package dev.flowdoc.load;

import dev.flowdoc.model.Content;
import dev.flowdoc.model.Language;
import dev.flowdoc.model.Location;
import dev.flowdoc.model.Page;
import dev.flowdoc.validate.Problems;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Loads the prose pages content/{de,en}/*.adoc. A project without content/ has no pages (a data-only
 * project can still be checked); pages are ordered index first, then by file name, which is the navigation order.
 */
public final class ContentLoader {
    public static final String CONTENT = "content";
    public static final String INDEX = "index";
    private static final Comparator<Page> ORDER = Comparator
            .comparing((Page p) -> !p.name().equals(INDEX)).thenComparing(Page::name);

    private final Path root;

    public ContentLoader(Path root) {
        this.root = root;
    }

    public boolean exists() {
        return Files.isDirectory(root.resolve(CONTENT));
    }

    public Content load(Problems problems) {
        Map<Language, List<Page>> pages = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            List<Page> list = new ArrayList<>();
            Path dir = root.resolve(CONTENT).resolve(language.code());
            if (Files.isDirectory(dir)) {
                for (Path file : adocFiles(dir)) {
                    String display = CONTENT + "/" + language.code() + "/" + file.getFileName();
                    String name = file.getFileName().toString().replaceFirst("\\.adoc$", "");
                    try {
                        list.add(AdocScanner.scan(language, name, display, Files.readString(file, StandardCharsets.UTF_8)));
                    } catch (CharacterCodingException e) {
                        problems.error(Location.of(display), "the page is not valid UTF-8", "save it as UTF-8");
                    } catch (IOException e) {
                        problems.error(Location.of(display), "cannot read the page: " + e.getMessage());
                    }
                }
            }
            list.sort(ORDER);
            pages.put(language, list);
        }
        return new Content(pages);
    }

    private static List<Path> adocFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".adoc") && Files.isRegularFile(f)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
