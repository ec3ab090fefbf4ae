package dev.flowdoc.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdoc.model.Language;
import dev.flowdoc.model.Page;
import dev.flowdoc.render.html.SiteUrls;
import dev.flowdoc.render.page.MacroCalls;
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
 * The memo on disk ({@link Memo}): a build from it gives the same bytes as one without, and never asks for
 * Asciidoctor when every page replays; an edit of a page or a word converts exactly the pages it must, an edit of a
 * description none; broken or foreign entries are ignored and made again; Asciidoctor's warnings come back from it.
 */
class MemoTest {
    /** Asciidoctor for a build that must not need it. */
    private static final Supplier<Asciidoctor> NONE = () -> {
        throw new AssertionError("a build with every page in the cache asked for Asciidoctor");
    };

    @Test
    void aBuildFromTheMemoIsByteIdenticalToOneWithoutAndNeedsNoAsciidoctor(@TempDir Path tmp) throws IOException {
        Path project = TestProjects.copyOfRepository(tmp.resolve("p"));
        Path out = project.resolve("target/site");
        Map<String, String> plain = build(project, tmp.resolve("plain"), TestProjects::asciidoctor, Memo.off(), List.of());
        assertFalse(Files.exists(project.resolve("target")), "a build without the memo writes none");
        assertEquals(plain, build(project, out, TestProjects::asciidoctor, Memo.forSite(project, out), List.of()), "converted, memo written");
        // the repository publishes 12.0.0, 12.1.0 and 13.0.0: the newest's folder takes the root's entries
        assertEquals(24, entries(project, "page-").size(), "one entry per page, language and release");
        assertEquals(8, entries(project, "page-").stream().filter(n -> n.endsWith("-12.1.0.json")).count(),
                "the older releases' entries name them");
        assertEquals(plain, build(project, out, NONE, Memo.forSite(project, out), List.of()), "all from the memo");
        assertEquals(plain, build(project, out, NONE, Memo.forSite(project, out), List.of()), "and again");
        assertEquals(24, entries(project, "page-").size());
        assertTrue(Files.readString(project.resolve(Memo.DIR).resolve("page-de-index.json")).startsWith("{\"key\":"),
                "entries are JSON");
    }

    @Test
    void anEditConvertsExactlyThePagesItChanges(@TempDir Path tmp) throws IOException {
        Path project = TestProjects.copyOfRepository(tmp.resolve("p"));
        // a page that shows no data
        for (Language language : Language.values()) {
            Files.writeString(project.resolve("content/" + language.code() + "/notes.adoc"),
                    "= Notes\n\nPlain text, *bold*, a https://example.org[link] and <<index.adoc#ports,the ports>>.\n");
        }
        Path out = project.resolve("target/site");
        // every page of each of the three releases published (the newest's folder is the root's site again)
        assertConverted(project, out, 30);

        // a sentence of one page: that page only, in each release
        TestProjects.replace(project, "content/de/clustering.adoc", "über SSH (TCP 22) synchronisiert",
                "über SSH (TCP 22) abgeglichen");
        assertEquals(List.of("content/de/clustering.adoc", "12.0.0/content/de/clustering.adoc", "12.1.0/content/de/clustering.adoc"),
                assertConverted(project, out, 3));

        // a flow's description: the tables change, no page is converted (its macro calls replay to the same output)
        TestProjects.replace(project, "data/flows.json", "Wird für das Aufteilen der Appliance in Funktionsgruppen benötigt",
                "Wird für das Teilen der Appliance benötigt");
        assertConverted(project, out, 0);
        assertTrue(Files.readString(out.resolve("de/index.html")).contains("Wird für das Teilen der Appliance benötigt"));

        // a description the page of menu paths lists beside its entry: that page only
        TestProjects.replace(project, "data/flows.json", "Lizenzänderungen Support", "Lizenzänderungen Wartung");
        assertEquals(List.of("content/de/menu.adoc", "12.0.0/content/de/menu.adoc", "12.1.0/content/de/menu.adoc"),
                assertConverted(project, out, 3));

        // a word of the theme: every page (captions, labels)
        Path words = project.resolve("themes/default/i18n/messages_en.properties");
        if (!Files.exists(words)) {
            Files.createDirectories(words.getParent());
            Files.writeString(words, "");
        }
        Files.writeString(words, Files.readString(words) + "\ncache.test.word=a word no page uses\n");
        assertConverted(project, out, 30);

        // nothing changed: nothing converted
        assertConverted(project, out, 0);
    }

    @Test
    void brokenAndForeignEntriesAreIgnoredAndMadeAgain(@TempDir Path tmp) throws IOException {
        Path project = TestProjects.copyOfRepository(tmp.resolve("p"));
        Path out = project.resolve("target/site");
        Map<String, String> plain = build(project, out, TestProjects::asciidoctor, Memo.forSite(project, out), List.of());
        Path dir = project.resolve(Memo.DIR);
        List<Path> files = entries(project, "").stream().sorted().map(dir::resolve).toList();
        assertTrue(files.size() > 10, files.toString());
        byte[] first = Files.readAllBytes(files.get(0));
        Files.write(files.get(0), java.util.Arrays.copyOf(first, first.length / 2));           // truncated
        Files.write(files.get(2), Files.readAllBytes(files.get(3)));                          // another output's entry
        Files.write(files.get(4), new byte[0]);                                               // empty
        Files.writeString(files.get(5), "{\"not\": \"an entry\"}");                         // foreign JSON
        Files.writeString(files.get(6), "{\"key\":\"0\",\"bytes\":\"AAAA\"}");              // another key

        assertEquals(plain, build(project, out, TestProjects::asciidoctor, Memo.forSite(project, out), List.of()));
        for (Path f : files) {
            Class<?> type = f.getFileName().toString().startsWith("page-") ? Memo.Page.class : Memo.File.class;
            assertTrue(Memo.read(Files.readAllBytes(f), type) != null, f + " made again");
        }
        assertEquals(plain, build(project, out, NONE, Memo.forSite(project, out), List.of()), "all from the memo again");
    }

    @Test
    void asciidoctorsWarningsAreReportedFromTheCacheToo(@TempDir Path tmp) throws IOException {
        Path project = TestProjects.copyOfRepository(tmp.resolve("p"));
        // a section level skipped: Asciidoctor warns, the build goes on
        TestProjects.replace(project, "content/en/clustering.adoc", "[[gina-satellite]]\n== ", "[[gina-satellite]]\n==== ");
        Path out = project.resolve("target/site");
        Problems converted = new Problems();
        Map<String, String> first = build(project, out, TestProjects::asciidoctor, Memo.forSite(project, out), converted);
        List<String> warnings = asciidoctor(converted);
        assertEquals(1, warnings.size(), converted.all().toString());
        assertTrue(warnings.get(0).startsWith("content/en/clustering.adoc:"), warnings.get(0));

        Problems cached = new Problems();
        assertEquals(first, build(project, out, NONE, Memo.forSite(project, out), cached));
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
        assertTrue(new Build(TestProjects::asciidoctor, Progress.silent(), null, Memo.forSite(project, out))
                .run(project, out, new SiteUrls(null), problems).isEmpty());
        assertTrue(problems.hasErrors());
        assertFalse(Files.exists(project.resolve(Memo.DIR)), "nothing cached from a failed build");
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
        MacroCalls.Recorded recorded = new MacroCalls.Recorded("nonce", "<p>body</p><!--flowdoc-nonce-0-->", List.of(
                new MacroCalls.Call("flowtable", "all", "", "<table></table>", MacroCalls.Splice.BODY)), true);
        for (Prose prose : all) {
            Memo.Page entry = new Memo.Page("key", recorded, prose,
                    List.of(new Memo.Logged(false, 3, "a warning"), new Memo.Logged(true, 0, "an error")), "<p>body</p>");
            assertEquals(entry, Memo.read(Memo.write(entry), Memo.Page.class));
        }
        assertEquals("<p>body</p><table></table>", recorded.body());
    }

    @Test
    void aSiteOutsideTheProjectsTargetFolderIsBuiltWithoutTheCache(@TempDir Path tmp) {
        Path project = tmp.resolve("p");
        assertTrue(Memo.usedFor(project, project.resolve("target/site")));
        assertTrue(Memo.usedFor(project, project.resolve("target/site-12.1")));
        assertFalse(Memo.usedFor(project, tmp.resolve("site")));
        assertFalse(Memo.usedFor(project, project.resolve("target")), "the memo would be inside the site");
        assertFalse(Memo.usedFor(project, project.resolve(Memo.DIR)));
        assertTrue(OutputGuard.site(project, project.resolve(Memo.DIR + "/x")).orElseThrow().contains("build cache"));
    }

    private static Map<String, String> build(Path project, Path out, Supplier<Asciidoctor> asciidoctor, Memo memo,
            Object problemsOrNone) throws IOException {
        return TestProjects.tree(run(project, out, asciidoctor, memo, problemsOrNone).out());
    }

    private static Build.Result run(Path project, Path out, Supplier<Asciidoctor> asciidoctor, Memo memo,
            Object problemsOrNone) throws IOException {
        Problems problems = problemsOrNone instanceof Problems p ? p : new Problems();
        return new Build(asciidoctor, Progress.silent(), null, memo).run(project, out, new SiteUrls(null), problems)
                .orElseThrow(() -> new AssertionError(problems.all().toString()));
    }

    /** Builds with the memo, checks that exactly {@code converted} pages were converted and that the site is the one without. */
    private static List<String> assertConverted(Path project, Path out, int converted) throws IOException {
        Build.Result result = run(project, out, TestProjects::asciidoctor, Memo.forSite(project, out), List.of());
        assertEquals(converted, result.converted().size(), "pages converted: " + result.converted());
        Path plain = out.resolveSibling("plain-" + System.nanoTime());
        assertEquals(build(project, plain, TestProjects::asciidoctor, Memo.off(), List.of()), TestProjects.tree(out),
                "the build from the memo is the one without");
        return result.converted();
    }

    private static List<String> asciidoctor(Problems problems) {
        return problems.all().stream().map(Problem::toString).filter(s -> s.contains("asciidoctor:")).toList();
    }

    private static Set<String> entries(Path project, String prefix) throws IOException {
        Path dir = project.resolve(Memo.DIR);
        if (!Files.isDirectory(dir)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith(prefix) && n.endsWith(".json"))
                    .collect(Collectors.toSet());
        }
    }
}
