package dev.flowdoc.load;

import dev.flowdoc.model.Content;
import dev.flowdoc.model.Language;
import dev.flowdoc.model.Location;
import dev.flowdoc.model.Page;
import dev.flowdoc.diag.Problems;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
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
                        list.add(AdocScanner.scan(language, name, display, read(file, display, problems)));
                    } catch (IOException e) {
                        problems.error(Location.of(display), "cannot read the page (" + e + ")",
                                "check that the file is readable");
                    }
                }
            }
            list.sort(ORDER);
            pages.put(language, list);
        }
        return new Content(pages);
    }

    /**
     * The page's text. A page that is not UTF-8 or empty is reported, and still loaded (with replacement
     * characters) so that the checks that follow do not also report it as missing.
     */
    private static String read(Path file, String display, Problems problems) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            problems.error(JsonDocument.firstBadByte(bytes, display), "the page is not valid UTF-8",
                    "save it with the encoding UTF-8 (umlauts are the usual suspects)");
            text = new String(bytes, StandardCharsets.UTF_8);
        }
        if (text.isBlank()) {
            problems.error(new Location(display, 1, 1), "the page is empty",
                    "write its title (= Title) and text, or delete the page in both content/de/ and content/en/");
        }
        return text;
    }

    private static List<Path> adocFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".adoc") && Files.isRegularFile(f)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
