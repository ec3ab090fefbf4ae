package dev.flowdoc.render.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flowdoc.model.Language;
import dev.flowdoc.render.html.SiteUrls;
import dev.flowdoc.render.search.SearchDoc.Kind;
import dev.flowdoc.site.Inputs;
import dev.flowdoc.site.SiteRenderer;
import dev.flowdoc.testing.TestProjects;
import dev.flowdoc.view.Documentation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The search index of the repository's own documentation, read back from the scripts a build writes: what a reader
 * searches for is there, in both languages, with the link it leads to. How the browser matches (prefixes, umlauts
 * typed as a/o/u or ae/oe/ue, "ss" for "ß") is MiniSearch's and search.js's: SearchAndAccessibilityTest runs it.
 */
class SearchIndexTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Map<String, String> scripts;

    record Doc(String kind, String href, String title, String where, String text) {
        String all() {
            return title + " " + where + " " + text;
        }
    }

    @BeforeAll
    static void build() {
        Inputs inputs = TestProjects.load(TestProjects.REPOSITORY).forRelease(null);
        Documentation docs = Documentation.of(inputs.project(), inputs.theme().messages());
        try (SiteRenderer renderer = new SiteRenderer(inputs, docs, new SiteUrls(null), TestProjects::asciidoctor)) {
            scripts = renderer.searchIndexes();
        }
    }

    static List<Doc> docs(Language language) throws IOException {
        String script = scripts.get(SearchIndexScript.path(language));
        String prefix = "(window.flowdocSearch = window.flowdocSearch || {})." + language.code() + " = ";
        int start = script.indexOf(prefix);
        assertTrue(start > 0 && script.endsWith("};\n"), "a script that sets flowdocSearch." + language.code());
        JsonNode root = JSON.readTree(script.substring(start + prefix.length(), script.length() - 2));
        List<Doc> docs = new ArrayList<>();
        root.get("docs").forEach(d -> docs.add(new Doc(d.get(0).asText(), d.get(1).asText(), d.get(2).asText(),
                d.get(3).asText(), d.get(4).asText())));
        return docs;
    }

    static Doc at(List<Doc> docs, String href) {
        return docs.stream().filter(d -> d.href().equals(href)).findFirst()
                .orElseThrow(() -> new AssertionError("no document for " + href));
    }

    @Test
    void oneScriptPerLanguage() {
        assertEquals(List.of("assets/search-de.js", "assets/search-en.js"), List.copyOf(scripts.keySet()));
    }

    @Test
    void aPortLeadsToItsFlowsRowInBothLanguages() throws IOException {
        for (Language language : Language.values()) {
            Doc nrpe = at(docs(language), "index.html#flow-monitoring-nrpe");
            assertEquals(Kind.FLOW.code(), nrpe.kind());
            assertEquals("TCP 5666 (NRPE)", nrpe.title());
            assertEquals(language == Language.DE ? "Systemüberwachung" : "Monitoring", nrpe.where());
            assertTrue(nrpe.text().contains("System › NRPE daemon"), "the menu path in the description: " + nrpe.text());
        }
        // "tcp 443": protocol and port stand in the title of each such flow
        assertTrue(docs(Language.DE).stream().filter(d -> d.kind().equals("f")).anyMatch(d -> d.title().contains("TCP 443")));
    }

    @Test
    void wordsArePrefixesOfWhatTheIndexHolds() throws IOException {
        // "zeitsync" is a prefix of the group's title; the browser matches words by prefix
        Doc timeSync = at(docs(Language.DE), "index.html#group-time-sync");
        assertEquals(Kind.GROUP.code(), timeSync.kind());
        assertTrue(timeSync.title().toLowerCase().startsWith("zeitsync"), timeSync.title());
        assertEquals("Time synchronization", at(docs(Language.EN), "index.html#group-time-sync").title());
    }

    @Test
    void germanWordsKeepTheirUmlautsForTheBrowserToFold() throws IOException {
        // the index keeps the words as written (the result shows them); search.js folds index and query alike
        Doc dns = at(docs(Language.DE), "index.html#group-dns");
        assertEquals("Namensauflösung", dns.title());
        Doc clustering = at(docs(Language.DE), "clustering.html");
        assertTrue(clustering.text().contains("außerdem"), clustering.text());
    }

    @Test
    void everyPagesProseIsThereBySection() throws IOException {
        for (Language language : Language.values()) {
            List<Doc> docs = docs(language);
            for (String page : List.of("index.html", "clustering.html", "menu.html", "upgrade.html")) {
                assertTrue(docs.stream().anyMatch(d -> d.kind().equals("s") && d.href().startsWith(page)), language + ": " + page);
            }
            Doc satellite = at(docs, "clustering.html#gina-satellite");
            assertEquals("GINA Satellite", satellite.title());
            assertEquals(language == Language.DE ? "Clustern mehrerer Systeme" : "Clustering multiple systems", satellite.where());
            assertTrue(satellite.text().length() > 40, satellite.text());
            // a flow table's rows are documents of their own, not prose
            assertTrue(docs.stream().filter(d -> d.kind().equals("s")).noneMatch(d -> d.text().contains("TCP 5666 (NRPE)")
                    && d.href().startsWith("index.html")), "the flow table is not in the prose");
        }
    }

    @Test
    void menuPathsHostsAndServicesAreFound() throws IOException {
        for (Language language : Language.values()) {
            List<Doc> docs = docs(language);
            Doc proxy = at(docs, "menu.html#menu-system.proxy-settings");
            assertEquals(Kind.MENU.code(), proxy.kind());
            assertEquals("System › Proxy settings", proxy.title());
            assertTrue(docs.stream().anyMatch(d -> d.kind().equals("f") && d.all().contains("update.seppmail.ch")), "a host");
            assertTrue(docs.stream().anyMatch(d -> d.kind().equals("f") && d.title().contains("(NTP)")), "a service");
        }
    }

    @Test
    void theScriptIsSafeAndOneDocumentALine() {
        String script = SearchIndexScript.write(Language.EN, List.of(
                new SearchDoc(Kind.SECTION, "a.html#x", "</script><b>", "  two\n lines ", "a \"quote\" and \u2028")));
        assertTrue(!script.contains("</script>"), script);
        assertTrue(script.contains("[\"s\",\"a.html#x\",\"<\\/script><b>\",\"two lines\""), script);
        assertEquals(4, script.lines().count(), script);
    }
}
