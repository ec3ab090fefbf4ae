package dev.flowdoc.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdoc.model.Language;
import dev.flowdoc.model.Page;
import dev.flowdoc.render.html.SiteUrls;
import dev.flowdoc.render.page.Prose;
import dev.flowdoc.render.page.ProseFixtures;
import dev.flowdoc.testing.TestProjects;
import dev.flowdoc.diag.Problem;
import dev.flowdoc.diag.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.asciidoctor.Asciidoctor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build cache ({@link BuildCache}): a build from the cache gives the same bytes as one without, and never
 * asks for Asciidoctor when every page is cached; an edit of a page, the data or a word converts exactly the pages
 * (and writes exactly the PDFs) it must; broken or foreign entries are ignored and made again; Asciidoctor's warnings come back from the cache.
 */
class BuildCacheTest {
    /** Asciidoctor for a build that must not need it. */
    private static final Supplier<Asciidoctor> NONE = () -> {
        throw new AssertionError("a build with every page in the cache asked for Asciidoctor");
    };

    @Test
    void aCachedBuildIsByteIdenticalToAnUncachedOneAndNeedsNoAsciidoctor(@TempDir Path tmp) throws IOException {
        Path project = TestProjects.copyOfRepository(tmp.resolve("p"));
        Path out = project.resolve("target/site");
        BuildCache cache = BuildCache.forSite(project, out);
        assertTrue(cache.enabled());
        assertEquals(project.resolve(BuildCache.DIR), cache.dir());

        Map<String, String> plain = build(project, tmp.resolve("plain"), TestProjects::asciidoctor, BuildCache.off(), List.of());
        assertFalse(Files.exists(project.resolve("target")), "a build without the cache writes none");
        assertEquals(plain, build(project, out, TestProjects::asciidoctor, cache, List.of()), "converted, cache written");
        assertEquals(8, entries(project).size(), "one entry per page and language");
        assertTrue(Files.isRegularFile(project.resolve(BuildCache.DIR).resolve("stamp")));
        assertEquals(plain, build(project, out, NONE, BuildCache.forSite(project, out), List.of()), "all from the cache");
        assertEquals(plain, build(project, out, NONE, BuildCache.forSite(project, out), List.of()), "and again");
        assertEquals(8, entries(project).size());
    }

    @Test
    void anEditConvertsExactlyThePagesItChanges(@TempDir Path tmp) throws IOException {
        Path project = TestProjects.copyOfRepository(tmp.resolve("p"));
        // a page that shows no data: a data edit leaves it cached
        for (Language language : Language.values()) {
            Files.writeString(project.resolve("content/" + language.code() + "/notes.adoc"),
                    "= Notes\n\nPlain text, *bold*, a https://example.org[link] and <<index.adoc#ports,the ports>>.\n");
        }
        Path out = project.resolve("target/site");
        build(project, out, TestProjects::asciidoctor, BuildCache.forSite(project, out), List.of());
        assertEquals(10, entries(project).size());
        assertEquals(18, entries(project, ".file").size(), "2 manuals, 4 checklists, 10 generated AsciiDoc pages, SVGs of 2 languages");

        // a sentence of one page: that page only, no PDF
        Set<String> before = entries(project);
        Set<String> pdfs = entries(project, ".file");
        TestProjects.replace(project, "content/de/clustering.adoc", "über SSH (TCP 22) synchronisiert",
                "über SSH (TCP 22) abgeglichen");
        assertConverted(project, out, before, 1);
        assertEquals(1, Sets.added(pdfs, entries(project, ".file")).size(), "its generated AsciiDoc, no PDF");

        // a sentence of the manual's page: that page and its manual
        before = entries(project);
        pdfs = entries(project, ".file");
        TestProjects.replace(project, "content/en/index.adoc", "\n\n", "\n\nA new sentence.\n\n");
        assertConverted(project, out, before, 1);
        assertEquals(2, Sets.added(pdfs, entries(project, ".file")).size(), "its generated AsciiDoc and the English manual");

        // the data: every page that shows data, not the page of plain text
        before = entries(project);
        pdfs = entries(project, ".file");
        TestProjects.replace(project, "data/flows.json", "Lizenzänderungen Support", "Lizenzänderungen Wartung");
        assertConverted(project, out, before, 8);
        assertEquals(16, Sets.added(pdfs, entries(project, ".file")).size(),
                "every PDF, the generated AsciiDoc of the 8 pages with data, the SVGs of both languages");

        // a word of the theme: every page (captions, labels)
        before = entries(project);
        Path words = project.resolve("themes/default/i18n/messages_en.properties");
        if (!Files.exists(words)) {
            Files.createDirectories(words.getParent());
            Files.writeString(words, "");
        }
        Files.writeString(words, Files.readString(words) + "\ncache.test.word=a word no page uses\n");
        assertConverted(project, out, before, 10);

        // nothing changed: nothing converted
        before = entries(project);
        assertConverted(project, out, before, 0);
    }

    @Test
    void brokenAndForeignEntriesAreIgnoredAndMadeAgain(@TempDir Path tmp) throws IOException {
        Path project = TestProjects.copyOfRepository(tmp.resolve("p"));
        Path out = project.resolve("target/site");
        Map<String, String> plain = build(project, out, TestProjects::asciidoctor, BuildCache.forSite(project, out), List.of());
        Path dir = project.resolve(BuildCache.DIR);
        List<Path> files = entries(project).stream().sorted().map(n -> dir.resolve(n + ".page")).toList();
        byte[] first = Files.readAllBytes(files.get(0));
        Files.write(files.get(0), java.util.Arrays.copyOf(first, first.length / 2));           // truncated
        byte[] flipped = Files.readAllBytes(files.get(1));
        flipped[flipped.length / 3] ^= 0x20;
        Files.write(files.get(1), flipped);                                                   // one bit flipped
        Files.write(files.get(2), Files.readAllBytes(files.get(3)));                          // another page's entry
        Files.write(files.get(4), new byte[0]);                                               // empty
        Files.writeString(files.get(5), "flowdoc-page-cache\nnot an entry");                  // garbage after the magic
        List<Path> pdfs = entries(project, ".file").stream().sorted().map(n -> dir.resolve(n + ".file")).toList();
        byte[] pdf = Files.readAllBytes(pdfs.get(0));
        pdf[pdf.length / 2] ^= 0x01;
        Files.write(pdfs.get(0), pdf);                                                       // a PDF's bit flipped
        Files.write(pdfs.get(1), Files.readAllBytes(pdfs.get(2)));                           // another PDF

        assertEquals(plain, build(project, out, TestProjects::asciidoctor, BuildCache.forSite(project, out), List.of()));
        for (Path f : files) {
            String key = f.getFileName().toString().replace(".page", "");
            assertTrue(BuildCache.decode(Files.readAllBytes(f), key).isPresent(), f + " made again");
        }
        for (Path f : pdfs) {
            String key = f.getFileName().toString().replace(".file", "");
            assertTrue(BuildCache.decodeFile(Files.readAllBytes(f), key).isPresent(), f + " made again");
        }
        // another build of flowdoc reads none of these entries
        BuildCache other = BuildCache.in(dir, "another flowdoc");
        Set<String> before = entries(project);
        assertEquals(plain, build(project, out, TestProjects::asciidoctor, other, List.of()));
        assertEquals(8, Sets.added(before, entries(project)).size());
    }

    @Test
    void asciidoctorsWarningsAreReportedFromTheCacheToo(@TempDir Path tmp) throws IOException {
        Path project = TestProjects.copyOfRepository(tmp.resolve("p"));
        // a section level skipped: Asciidoctor warns, the build goes on
        TestProjects.replace(project, "content/en/clustering.adoc", "[[gina-satellite]]\n== ", "[[gina-satellite]]\n==== ");
        Path out = project.resolve("target/site");
        Problems converted = new Problems();
        Map<String, String> first = build(project, out, TestProjects::asciidoctor, BuildCache.forSite(project, out), converted);
        List<String> warnings = asciidoctor(converted);
        assertEquals(1, warnings.size(), converted.all().toString());
        assertTrue(warnings.get(0).startsWith("content/en/clustering.adoc:"), warnings.get(0));

        Problems cached = new Problems();
        assertEquals(first, build(project, out, NONE, BuildCache.forSite(project, out), cached));
        assertEquals(warnings, asciidoctor(cached));
        assertEquals(converted.all().stream().map(Problem::toString).toList(),
                cached.all().stream().map(Problem::toString).toList(), "the same problems in the same order");
    }

    @Test
    void aFailedBuildWritesNoEntry(@TempDir Path tmp) throws IOException {
        Path project = TestProjects.copyOfRepository(tmp.resolve("p"));
        // raw HTML with a script: an error found after conversion
        TestProjects.replace(project, "content/de/clustering.adoc", "= Clustern mehrerer Systeme\n",
                "= Clustern mehrerer Systeme\n\n++++\n<script>alert(1)</script>\n++++\n");
        Path out = project.resolve("target/site");
        Problems problems = new Problems();
        assertTrue(new Build(TestProjects::asciidoctor, Progress.silent(), null, BuildCache.forSite(project, out))
                .run(project, out, new SiteUrls(null), problems).isEmpty());
        assertTrue(problems.hasErrors());
        assertFalse(Files.exists(project.resolve(BuildCache.DIR)), "nothing cached from a failed build");
    }

    @Test
    void proseReadsBackEqual() throws IOException {
        List<Prose> all = new java.util.ArrayList<>();
        for (Language language : Language.values()) {
            all.add(ProseFixtures.sample(language));
            for (Page page : ProseFixtures.sources().content().pages(language)) {
                all.add(ProseFixtures.page(language, page.name()));
            }
        }
        for (Prose prose : all) {
            BuildCache.PageResult result = new BuildCache.PageResult("<p>body</p>", prose,
                    List.of(new BuildCache.Logged(false, 3, "a warning"), new BuildCache.Logged(true, 0, "an error")));
            byte[] bytes = BuildCache.encode("key", result);
            assertEquals(result, BuildCache.decode(bytes, "key").orElseThrow());
            assertTrue(BuildCache.decode(bytes, "another key").isEmpty());
        }
    }

    @Test
    void aSiteOutsideTheProjectsTargetFolderIsBuiltWithoutTheCache(@TempDir Path tmp) {
        Path project = tmp.resolve("p");
        assertTrue(BuildCache.usedFor(project, project.resolve("target/site")));
        assertTrue(BuildCache.usedFor(project, project.resolve("target/site-12.1")));
        assertFalse(BuildCache.usedFor(project, tmp.resolve("site")));
        assertFalse(BuildCache.usedFor(project, project.resolve("target")), "the cache would be inside the site");
        assertFalse(BuildCache.usedFor(project, project.resolve(BuildCache.DIR)));
        assertFalse(BuildCache.forSite(project, tmp.resolve("site")).enabled());
        assertTrue(OutputGuard.site(project, project.resolve(BuildCache.DIR + "/x")).orElseThrow().contains("build cache"));
    }

    private static Map<String, String> build(Path project, Path out, Supplier<Asciidoctor> asciidoctor, BuildCache cache,
            Object problemsOrNone) throws IOException {
        Problems problems = problemsOrNone instanceof Problems p ? p : new Problems();
        new Build(asciidoctor, Progress.silent(), null, cache).run(project, out, new SiteUrls(null), problems)
                .orElseThrow(() -> new AssertionError(problems.all().toString()));
        return TestProjects.tree(out);
    }

    /** Builds with the cache and checks that exactly {@code converted} new entries were made, and that the site is the uncached one. */
    private static void assertConverted(Path project, Path out, Set<String> before, int converted) throws IOException {
        Map<String, String> cachedSite = build(project, out, TestProjects::asciidoctor, BuildCache.forSite(project, out), List.of());
        assertEquals(converted, Sets.added(before, entries(project)).size(), "pages converted");
        Path plain = out.resolveSibling("plain-" + System.nanoTime());
        assertEquals(build(project, plain, TestProjects::asciidoctor, BuildCache.off(), List.of()), cachedSite,
                "the cached build is the uncached one");
    }

    private static List<String> asciidoctor(Problems problems) {
        return problems.all().stream().map(Problem::toString).filter(s -> s.contains("asciidoctor:")).toList();
    }

    private static Set<String> entries(Path project) throws IOException {
        return entries(project, ".page");
    }

    private static Set<String> entries(Path project, String suffix) throws IOException {
        Path dir = project.resolve(BuildCache.DIR);
        if (!Files.isDirectory(dir)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(suffix))
                    .map(n -> n.substring(0, n.length() - suffix.length())).collect(Collectors.toSet());
        }
    }

    private static final class Sets {
        static Set<String> added(Set<String> before, Set<String> after) {
            return after.stream().filter(e -> !before.contains(e)).collect(Collectors.toSet());
        }
    }
}
