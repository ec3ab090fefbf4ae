package dev.flowdoc.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdoc.model.Language;
import dev.flowdoc.render.html.SiteUrls;
import dev.flowdoc.testing.TestProjects;
import dev.flowdoc.diag.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The main page explains the table before it, in both languages: its sections (anchors and headings) come before
 * the flow table, say what a firewall administrator needs to know, and list the endpoints by zone
 * ({@code endpoints::all[]}) and the profiles with their checklists ({@code profiles::all[]}) from the data.
 */
class MainPageTest {
    private static final List<String> SECTIONS = List.of("zones", "direction", "ports", "proxies", "requirements", "profiles", "table", "rules");
    private static final Map<Language, List<String>> HEADINGS = Map.of(
            Language.DE, List.of("Zonen und Endpunkte", "Richtung", "Ports lesen", "Proxy-Server", "Erforderlich, optional, bedingt",
                    "Einsatzvarianten und Checklisten", "Tabelle der Kommunikationswege",
                    "Regeln für das Gewährleisten der Netzwerkkommunikation des SEPPmail Secure E-Mail Gateways"),
            Language.EN, List.of("Zones and endpoints", "Direction", "Reading the ports", "Proxy servers", "Required, optional, conditional",
                    "Deployment profiles and checklists", "Table of communication paths",
                    "Rules for the network communication of the SEPPmail Secure E-Mail Gateway"));
    private static final Map<Language, List<String>> SENTENCES = Map.of(
            Language.DE, List.of(
                    "Die Quelle baut die Verbindung auf, das Ziel nimmt sie an.",
                    "Die Antworten lässt eine zustandsbehaftete (stateful) Firewall von selbst zurück, dafür brauchen Sie keine eigene Regel.",
                    "„TCP/UDP 53“ heißt: derselbe Port über TCP und über UDP; schalten Sie beide frei.",
                    "„(optional, im Cluster zwingend)“ heißt: sonst optional, in einem Cluster aber erforderlich;",
                    "Nutzen Sie einen Proxy-Server, schalten Sie statt dieser Zeile die Verbindung von der Appliance zum Proxy-Server frei.",
                    "Haken Sie „freigeschaltet“ ab, sobald die Regel in der Firewall aktiv ist,",
                    "Insbesondere die Erreichbarkeit aus dem Internet muss auf ein Minimum beschränkt sein."),
            Language.EN, List.of(
                    "The source opens the connection; the destination accepts it.",
                    "A stateful firewall lets the replies back through on its own, so you need no rule for them.",
                    "“TCP/UDP 53” means the same port over TCP and over UDP; open both.",
                    "“(optional, required in a cluster)” means: optional otherwise, but required in a cluster;",
                    "If you use a proxy server, open the connection from the appliance to the proxy server instead of that row.",
                    "Tick “opened” as soon as the rule is active on the firewall,",
                    "Keep access from the Internet to a minimum in particular."));

    @TempDir
    static Path tmp;
    static Path site;

    @BeforeAll
    static void build() throws IOException {
        site = tmp.resolve("site");
        Problems problems = new Problems();
        new Build(TestProjects::asciidoctor).run(TestProjects.REPOSITORY, site, new SiteUrls(null), problems)
                .orElseThrow(() -> new AssertionError(problems.all().toString()));
    }

    private static Document index(Language language) throws IOException {
        Path file = site.resolve(language.code()).resolve("index.html");
        return Jsoup.parse(file.toFile(), "UTF-8", file.toUri().toString());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void explanatorySectionsComeBeforeTheTableAndTheClosingRuleAfterIt(Language language) throws IOException {
        Document doc = index(language);
        String html = doc.html();
        int last = -1;
        for (int i = 0; i < SECTIONS.size(); i++) {
            Element heading = doc.getElementById(SECTIONS.get(i));
            assertNotNull(heading, SECTIONS.get(i));
            assertEquals(HEADINGS.get(language).get(i), heading.text());
            int at = html.indexOf("id=\"" + SECTIONS.get(i) + "\"");
            assertTrue(at > last, SECTIONS.get(i) + " in order");
            last = at;
        }
        int table = html.indexOf(" flowtable\"");
        assertTrue(table > 0 && html.indexOf("id=\"table\"") < table && table < html.indexOf("id=\"rules\""));
        String text = doc.text();
        for (String sentence : SENTENCES.get(language)) {
            assertTrue(text.contains(sentence), sentence);
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theZoneDiagramStandsInlineBeforeTheTableAndEveryLinkResolves(Language language) throws IOException {
        Document doc = index(language);
        Element svg = doc.selectFirst("div.flowdiagram > svg");
        assertNotNull(svg, "inline SVG");
        assertEquals("figure", svg.attr("role"));
        assertEquals(language == Language.DE ? "Zonen und Kommunikationswege" : "Zones and communication paths",
                svg.selectFirst("title").text());
        assertFalse(svg.selectFirst("desc").text().isBlank());
        String html = doc.html();
        int diagram = html.indexOf("class=\"flowdiagram\"");
        assertTrue(html.indexOf("id=\"table\"") < diagram && diagram < html.indexOf(" flowtable\""), "near the table, above it");
        List<String> links = svg.select("a").eachAttr("href");
        assertEquals(32, links.stream().distinct().count(), "every flow of the release");
        for (String href : links) {
            assertNotNull(doc.getElementById(href.substring(1)), href + " resolves to a row");
        }
        // the same diagram laid out tall, for a phone (the CSS shows one of the two): same words, same links, own ids
        Element tall = svg.parent().selectFirst("svg.flowdiagram-tall");
        assertNotNull(tall, "the tall layout beside the wide one");
        assertEquals("flowdiagram flowdiagram-wide", svg.attr("class"));
        assertEquals(svg.id() + "-tall", tall.id());
        assertEquals(svg.selectFirst("title").text(), tall.selectFirst("title").text());
        assertEquals(tall.id() + "-title " + tall.id() + "-desc", tall.attr("aria-labelledby"));
        assertEquals(new java.util.HashSet<>(links), new java.util.HashSet<>(tall.select("a").eachAttr("href")));
        assertTrue(Files.readString(site.resolve(language.code()).resolve("index.adoc")).contains("image::flowdiagram-1.svg["));
        assertTrue(Files.exists(site.resolve(language.code()).resolve("flowdiagram-1.svg")));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void endpointsAreListedByZoneInThePagesLanguage(Language language) throws IOException {
        Element table = index(language).selectFirst("div.endpoints table");
        assertNotNull(table);
        boolean de = language == Language.DE;
        assertEquals(List.of("Zone", de ? "Bedeutung" : "What it means", de ? "Endpunkte in der Tabelle" : "Endpoints in the table"),
                table.select("thead th").eachText());
        List<Element> rows = table.select("tbody tr");
        assertEquals(List.of("Appliance", de ? "Internes Netz" : "Internal network", "Internet"),
                rows.stream().map(r -> r.child(0).text()).toList(), "zones with endpoints, the empty perimeter left out");
        assertEquals(de ? "Appliance Frontend Backend GINA-Frontend" : "Appliance Frontend Backend GINA frontend", rows.get(0).child(2).text());
        assertTrue(rows.get(1).child(2).text().contains(de ? "E-Mail Server" : "Email server"));
        assertTrue(rows.get(1).child(2).text().contains(de ? "SysLog Server" : "Syslog server"));
        assertEquals("Internet Smarthost Admin PC (Internet) " + (de ? "Name-Server (extern)" : "Name server (external)")
                + " update.seppmail.ch support.seppmail.ch", rows.get(2).child(2).text());
        assertEquals(de ? "Alles außerhalb Ihres Netzes, erreicht über die Firewall." : "Everything outside your network, reached through the firewall.",
                rows.get(2).child(1).text());
        assertFalse(table.text().contains("Firewall " + (de ? "Die Firewall" : "The firewall")), "no perimeter row");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void profilesListTheirOptionsAndLinkTheirChecklist(Language language) throws IOException {
        Element table = index(language).selectFirst("div.profiles table");
        assertNotNull(table);
        boolean de = language == Language.DE;
        List<Element> rows = table.select("tbody tr");
        assertEquals(2, rows.size());
        assertTrue(rows.get(0).child(0).text().startsWith(de ? "Vollständig: alle Kommunikationswege" : "Full: every communication path"));
        assertEquals(de ? "Alle Kommunikationswege, unabhängig von den Optionen" : "Every communication path, whatever the options",
                rows.get(0).child(1).text());
        assertTrue(rows.get(1).child(0).text().startsWith(de ? "Minimal: E-Mail über Smarthost" : "Minimal: email through a smarthost"));
        String options = rows.get(1).child(1).text();
        assertTrue(options.contains(de ? "Eingehende E-Mails über einen Smarthost" : "Inbound email through a smarthost"), options);
        assertTrue(options.contains(de ? "Zeitsynchronisation mit internen Zeitservern" : "Time synchronization with internal time servers"), options);
        assertFalse(options.contains("Cluster"), options);
        for (String[] p : new String[][] {{"full", "0"}, {"minimal", "1"}}) {
            Element link = rows.get(Integer.parseInt(p[1])).child(2).selectFirst("a");
            assertNotNull(link);
            assertEquals("checklist-" + p[0] + ".pdf", link.attr("href"));
            assertEquals(de ? "Firewall-Checkliste (PDF)" : "Firewall checklist (PDF)", link.text());
            assertTrue(Files.isRegularFile(site.resolve(language.code()).resolve(link.attr("href"))), "the checklist is built beside the page");
        }
    }

    @Test
    void theGeneratedAsciiDocCarriesTheSameLists() throws IOException {
        String de = Files.readString(site.resolve("de/index.adoc"));
        String en = Files.readString(site.resolve("en/index.adoc"));
        assertFalse(de.contains("endpoints::") || de.contains("profiles::") || en.contains("endpoints::") || en.contains("profiles::"));
        assertTrue(de.contains("|link:checklist-minimal.pdf[Firewall-Checkliste (PDF)]"), de);
        assertTrue(en.contains("|link:checklist-minimal.pdf[Firewall checklist (PDF)]"), en);
        assertTrue(en.contains("Name server (internal)") && en.contains("|Everything outside your network, reached through the firewall."), en);
        assertTrue(de.contains("Name-Server (intern)") && de.contains("|Alles außerhalb Ihres Netzes, erreicht über die Firewall."), de);
    }
}
