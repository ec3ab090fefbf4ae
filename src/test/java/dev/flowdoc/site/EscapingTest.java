package dev.flowdoc.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdoc.render.html.SiteUrls;
import dev.flowdoc.testing.TestProjects;
import dev.flowdoc.diag.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text from the data is text: markup in a description shows literally and the table keeps its shape. */
class EscapingTest {
    static final String EVIL = "<script>alert(1)</script> a|b {x} +++<b>y</b>+++ include::/etc/passwd[] *bold* pass:[<i>z</i>] trailing\\\\";
    static final String SHOWN = "<script>alert(1)</script> a|b {x} +++<b>y</b>+++ include::/etc/passwd[] *bold* pass:[<i>z</i>] trailing\\";

    @TempDir
    static Path tmp;
    static Path site;

    @BeforeAll
    static void build() throws IOException {
        Path project = TestProjects.copyOfRepository(tmp.resolve("project"));
        TestProjects.replace(project, "data/flows.json", "Wird für den direkten Empfang von E-Mails aus dem Internet benötigt", EVIL);
        site = tmp.resolve("site");
        Problems problems = new Problems();
        new Build(TestProjects::asciidoctor).run(project, site, new SiteUrls(null), problems)
                .orElseThrow(() -> new AssertionError(problems.all().toString()));
    }

    @Test
    void germanDescriptionRendersLiterally() throws IOException {
        Document doc = Jsoup.parse(site.resolve("de/index.html").toFile(), "UTF-8");
        Element row = doc.selectFirst("tr[data-flow=mail-inbound-direct]");
        Element description = row.select("> td").last();
        assertEquals(SHOWN, description.text());
        assertTrue(doc.select("main script").isEmpty(), "no script element in the body");
        assertTrue(description.select("b, i, strong").isEmpty(), "no markup from the data");
        // the table keeps its shape: the row has port, source, destination, direction, description
        assertEquals(5, row.select("> td").stream().filter(td -> !td.hasClass("group-cell")).count());
        assertEquals(TestProjects.project().flows().count(), doc.select("table.flowtable tbody tr").size());
    }

    @Test
    void generatedAsciiDocKeepsTheTextAndTheTableShape() throws IOException {
        String adoc = Files.readString(site.resolve("de/index.adoc"));
        assertTrue(adoc.contains("pass:c[<script>alert(1)</script> a\\|b {x} +++<b>y</b>+++ include::/etc/passwd[\\] *bold* pass:[<i>z</i>\\] trailing]{backslash}"), adoc);
        // converted again without flowdoc's extensions, the reusable AsciiDoc shows the same text
        String html = TestProjects.asciidoctor().convert(adoc, org.asciidoctor.Options.builder()
                .safe(org.asciidoctor.SafeMode.SECURE).build());
        Document doc = Jsoup.parseBodyFragment(html);
        assertTrue(doc.text().contains(SHOWN), doc.text());
        assertTrue(doc.select("script").isEmpty());
    }

    @Test
    void exportsCarryTheTextVerbatim() throws IOException {
        assertTrue(Files.readString(site.resolve("de/flows.csv")).contains(SHOWN));
        assertTrue(Files.readString(site.resolve("flows.json")).contains("<script>alert(1)</script> a|b {x}"));
    }
}
