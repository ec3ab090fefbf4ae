package dev.flowdoc.render.page;

import dev.flowdoc.model.Language;
import dev.flowdoc.model.Location;
import dev.flowdoc.model.Page;
import dev.flowdoc.render.html.SiteUrls;
import dev.flowdoc.site.Inputs;
import dev.flowdoc.site.SiteRenderer;
import dev.flowdoc.view.Documentation;
import dev.flowdoc.testing.TestProjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Prose for tests, read through the build's own path ({@link SiteRenderer#prose}) with the repository's data:
 * the repository's pages, and the sample page {@code src/test/resources/prose/LANG/index.adoc}, which holds
 * every kind of block and every flowdoc macro.
 */
public final class ProseFixtures {
    private static final Map<String, Prose> CACHE = new ConcurrentHashMap<>();

    private ProseFixtures() {}

    public static Inputs sources() {
        return TestProjects.load(TestProjects.REPOSITORY).forRelease(null);
    }

    /** The sample page as the manual page ("index") of a language. */
    public static Prose sample(Language language) {
        return CACHE.computeIfAbsent("sample/" + language, k -> {
            Path file = TestProjects.RESOURCES.resolve("prose").resolve(language.code()).resolve("index.adoc");
            try {
                String source = Files.readString(file, StandardCharsets.UTF_8);
                Page page = new Page(language, "index", null, source, List.of(), List.of(), List.of(),
                        Location.of("prose/" + language.code() + "/index.adoc"));
                return read(page);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** A page of the repository's content. */
    public static Prose page(Language language, String name) {
        return CACHE.computeIfAbsent(language + "/" + name,
                k -> read(sources().content().page(language, name).orElseThrow()));
    }

    private static Prose read(Page page) {
        Inputs inputs = sources();
        Documentation docs = Documentation.of(inputs.project(), inputs.theme().messages());
        try (SiteRenderer renderer = new SiteRenderer(inputs, docs, new SiteUrls(null), TestProjects::asciidoctor)) {
            return renderer.prose(page);
        }
    }

    /** Every text of the prose, block by block (titles, runs, labels, cells, literal text), for searching. */
    public static List<String> texts(Prose prose) {
        List<String> out = new ArrayList<>();
        out.add(prose.title());
        texts(prose.blocks(), out);
        return out;
    }

    private static void texts(List<Prose.Block> blocks, List<String> out) {
        for (Prose.Block b : blocks) {
            if (b instanceof Prose.Heading h) {
                out.add(text(h.title()));
            } else if (b instanceof Prose.Paragraph p) {
                out.add(text(p.runs()));
            } else if (b instanceof Prose.ListBlock l) {
                for (Prose.Item i : l.items()) {
                    out.add(text(i.runs()));
                    texts(i.blocks(), out);
                }
            } else if (b instanceof Prose.Admonition a) {
                out.add(a.label());
                texts(a.blocks(), out);
            } else if (b instanceof Prose.Table t) {
                t.header().forEach(r -> r.forEach(c -> c.paragraphs().forEach(p -> out.add(text(p)))));
                t.body().forEach(r -> r.forEach(c -> c.paragraphs().forEach(p -> out.add(text(p)))));
            } else if (b instanceof Prose.Literal l) {
                out.add(l.text());
            }
        }
    }

    public static String text(List<Prose.Run> runs) {
        StringBuilder sb = new StringBuilder();
        runs.forEach(r -> sb.append(r.text()));
        return sb.toString();
    }
}
