package dev.flowdoc.render.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdoc.model.Language;
import dev.flowdoc.render.html.SiteUrls;
import dev.flowdoc.site.Inputs;
import dev.flowdoc.testing.TestProjects;
import dev.flowdoc.view.delta.ReleaseHistory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The change feed of the history fixture (9.2.0 → 9.10.0 changes a port with a note, 9.10.0 → 10.0.0 opens one flow and
 * closes another), its releases dated but 9.10.0: well-formed XML with what RFC 4287 requires of a feed and its entries,
 * the deltas in the feed's language.
 */
class ChangesAtomTest {
    static final String ATOM = ChangesAtom.ATOM;
    static final String XHTML = ChangesAtom.XHTML;
    static final Instant BUILD = Instant.parse("2026-01-02T03:04:05Z");
    @TempDir
    static Path tmp;
    static ReleaseLinks sites;
    static Inputs inputs;

    @BeforeAll
    static void load() {
        Path project = TestProjects.copy(TestProjects.RESOURCES.resolve("projects/history"), tmp.resolve("history"));
        TestProjects.replace(project, "data/product.json", "{ \"version\": \"9.2.0\" }", "{ \"version\": \"9.2.0\", \"date\": \"2024-03-01\" }");
        TestProjects.replace(project, "data/product.json", "{ \"version\": \"10.0.0\" }", "{ \"version\": \"10.0.0\", \"date\": \"2025-06-02\" }");
        inputs = TestProjects.load(project).forRelease(null);
        sites = new ReleaseLinks(ReleaseHistory.of(inputs.project(), inputs.theme().messages()), inputs.content());
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    static List<Element> children(Element parent, String ns, String name) {
        List<Element> list = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && ns.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                list.add(e);
            }
        }
        return list;
    }

    static String one(Element parent, String name) {
        List<Element> found = children(parent, ATOM, name);
        assertEquals(1, found.size(), "exactly one atom:" + name + " in atom:" + parent.getLocalName());
        return found.get(0).getTextContent();
    }

    static Element link(Element parent, String rel) {
        List<Element> links = children(parent, ATOM, "link").stream().filter(l -> rel.equals(l.getAttribute("rel"))).toList();
        assertEquals(1, links.size(), "one link rel=" + rel);
        return links.get(0);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theFeedHasWhatRfc4287Requires(Language language) throws Exception {
        String xml = ChangesAtom.write(sites, inputs.theme().messages(language), new SiteUrls(null), BUILD);
        Element feed = parse(xml).getDocumentElement();
        assertEquals(ATOM, feed.getNamespaceURI());
        assertEquals("feed", feed.getLocalName());
        assertEquals(language.code(), feed.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"));
        assertEquals("tag:flowdoc.dev,2026:demo/changes/" + language.code(), one(feed, "id"));
        assertEquals(language == Language.DE ? "Demo Gateway: Firewall-Änderungen je Version" : "Demo Gateway: firewall changes by version",
                one(feed, "title"));
        // the newest date of an entry; the undated 9.10.0 takes the build's date, which is later
        assertEquals("2026-01-02T03:04:05Z", one(feed, "updated"));
        Element author = children(feed, ATOM, "author").get(0);
        assertEquals("Demo Gateway", one(author, "name"));
        Element self = link(feed, "self");
        assertEquals("application/atom+xml", self.getAttribute("type"));
        assertEquals("../" + language.code() + "/changes.atom", self.getAttribute("href"));
        assertEquals("../" + language.code() + "/upgrade.html", link(feed, "alternate").getAttribute("href"));

        List<Element> entries = children(feed, ATOM, "entry");
        assertEquals(3, entries.size(), "one entry per release");
        Set<String> ids = new HashSet<>();
        List<String> updated = new ArrayList<>();
        for (Element entry : entries) {
            assertTrue(ids.add(one(entry, "id")), "ids are unique");
            assertFalse(one(entry, "title").isBlank());
            updated.add(one(entry, "updated"));
            assertEquals("text/html", link(entry, "alternate").getAttribute("type"));
            Element content = children(entry, ATOM, "content").get(0);
            assertEquals("xhtml", content.getAttribute("type"));
            List<Element> divs = children(content, XHTML, "div");
            assertEquals(1, divs.size(), "xhtml content is one xhtml:div");
        }
        assertEquals(List.of("tag:flowdoc.dev,2026:demo/changes/" + language.code() + "/10.0.0",
                "tag:flowdoc.dev,2026:demo/changes/" + language.code() + "/9.10.0",
                "tag:flowdoc.dev,2026:demo/changes/" + language.code() + "/9.2.0"), entries.stream().map(e -> one(e, "id")).toList());
        assertEquals(List.of("2025-06-02T00:00:00Z", "2026-01-02T03:04:05Z", "2024-03-01T00:00:00Z"), updated);
        // the documented release at the root, its heading on the upgrade page; 9.10.0 has no site: the root's page lists it too
        assertEquals("../" + language.code() + "/upgrade.html#release-10-0-0", link(entries.get(0), "alternate").getAttribute("href"));
        assertEquals("../" + language.code() + "/upgrade.html#release-9-10-0", link(entries.get(1), "alternate").getAttribute("href"));
        assertEquals("../" + language.code() + "/index.html", link(entries.get(2), "alternate").getAttribute("href"));
    }

    @Test
    void theEntriesSayTheDeltaInTheFeedsLanguage() throws Exception {
        Element de = parse(ChangesAtom.write(sites, inputs.theme().messages(Language.DE), new SiteUrls(null), BUILD)).getDocumentElement();
        Element en = parse(ChangesAtom.write(sites, inputs.theme().messages(Language.EN), new SiteUrls(null), BUILD)).getDocumentElement();
        List<Element> deEntries = children(de, ATOM, "entry");
        List<Element> enEntries = children(en, ATOM, "entry");
        assertEquals("Firewall-Änderungen von 9.10.0 auf 10.0.0", one(deEntries.get(0), "title"));
        assertEquals("Firewall changes from 9.10.0 to 10.0.0", one(enEntries.get(0), "title"));
        assertEquals("Firewall changes from 9.2.0 to 9.10.0", one(enEntries.get(1), "title"));

        String open = text(deEntries.get(0));
        assertTrue(open.contains("Freizuschalten") && open.contains("Zu schließen"), open);
        assertTrue(open.contains("Zustellung an den E-Mail Kommunikation Server"), "the new flow, its reference spelled out: " + open);
        assertTrue(open.contains("TCP 873 (RSYNC)") && open.contains("Alte Aktualisierung."), "the flow to close: " + open);
        assertFalse(open.contains("Zu ändern"), open);
        String change = text(enEntries.get(1));
        assertTrue(change.contains("To change"), change);
        assertTrue(change.contains("TCP 2222 (SSH) → TCP 22 (SSH)"), "ports before and after: " + change);
        assertTrue(change.contains("Port 2222 replaced by 22."), "the change's note: " + change);
        assertFalse(change.contains("Port 2222 durch 22 ersetzt."), change);
        assertTrue(text(deEntries.get(1)).contains("Port 2222 durch 22 ersetzt."));
        assertTrue(text(enEntries.get(2)).contains("first version of this documentation"), text(enEntries.get(2)));
        // headings of the tables are the upgrade page's, a note column only where there is a note
        NodeList heads = children(children(deEntries.get(1), ATOM, "content").get(0), XHTML, "div").get(0).getElementsByTagNameNS(XHTML, "th");
        assertEquals(6, heads.getLength());
        assertEquals("Hinweis", heads.item(5).getTextContent());
    }

    @Test
    void withTheSitesAddressTheIdsAndLinksAreAbsolute() throws Exception {
        Element feed = parse(ChangesAtom.write(sites, inputs.theme().messages(Language.EN),
                new SiteUrls("https://docs.example.com/demo"), BUILD)).getDocumentElement();
        assertEquals("https://docs.example.com/demo/en/changes.atom", one(feed, "id"));
        assertEquals("https://docs.example.com/demo/en/changes.atom", link(feed, "self").getAttribute("href"));
        Element newest = children(feed, ATOM, "entry").get(0);
        assertEquals("https://docs.example.com/demo/en/changes.atom#10.0.0", one(newest, "id"));
        assertEquals("https://docs.example.com/demo/en/upgrade.html#release-10-0-0", link(newest, "alternate").getAttribute("href"));
    }

    @Test
    void textThatLooksLikeMarkupStaysText() throws Exception {
        // the words come from a project's bundle: a '<' or '&' in them must not break the feed
        var words = new java.util.HashMap<>(inputs.theme().messages(Language.EN).all());
        words.put("feed.title", "{0} <changes> & \"more\"");
        String xml = ChangesAtom.write(sites, new dev.flowdoc.model.Messages(Language.EN, words), new SiteUrls(null), BUILD);
        assertEquals("Demo Gateway <changes> & \"more\"", one(parse(xml).getDocumentElement(), "title"));
    }

    @Test
    void theSameSourcesGiveTheSameBytes() {
        String first = ChangesAtom.write(sites, inputs.theme().messages(Language.DE), new SiteUrls(null), BUILD);
        Inputs again = TestProjects.load(tmp.resolve("history")).forRelease(null);
        ReleaseLinks other = new ReleaseLinks(ReleaseHistory.of(again.project(), again.theme().messages()), again.content());
        assertEquals(first, ChangesAtom.write(other, again.theme().messages(Language.DE), new SiteUrls(null), BUILD));
        assertNotNull(first);
    }

    static String text(Element entry) {
        return children(entry, ATOM, "content").get(0).getTextContent();
    }
}
