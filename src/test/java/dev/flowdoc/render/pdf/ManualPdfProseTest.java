package dev.flowdoc.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdoc.model.Flow;
import dev.flowdoc.model.Language;
import dev.flowdoc.model.Project;
import dev.flowdoc.render.page.Prose;
import dev.flowdoc.render.page.ProseFixtures;
import dev.flowdoc.testing.PdfSafety;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The manual PDF drawn from a page's converted document, read back with PDFBox: the repository's manual page and
 * the sample page with every kind of block. What a reader sees: sections (with bookmarks), paragraphs, list items,
 * admonitions with their label, tables, literal text, references as titles, the flow table; never a macro.
 */
class ManualPdfProseTest {
    /** A macro, a data reference or an empty attribute list as the writer typed it. */
    private static final Pattern RAW = Pattern.compile(
            "(chapter|flow|group|menupath|flowtable|menupaths|releasechanges):{1,2}[\\w.-]*\\[|\\[]|\\{(menu|chapter|group|flow):");

    private static PDDocument manual(Language lang, Prose prose) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfFixtures.manualWriter(lang, prose).write(out);
        return Loader.loadPDF(out.toByteArray());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theManualNamesTheChapterByItsTitleAndShowsNoMacro(Language lang) throws IOException {
        Project p = PdfFixtures.project();
        try (PDDocument doc = manual(lang, PdfFixtures.manualProse().get(lang))) {
            String all = String.join(" ", PdfFixtures.pages(doc));
            String chapter = p.chapter("clustering").orElseThrow().title().in(lang);
            assertTrue(all.contains((lang == Language.DE ? "Für den Betrieb mehrerer Systeme im Verbund siehe "
                    : "To run several appliances together, see ") + chapter + "."), all);
            assertFalse(RAW.matcher(all).find(), "raw markup: " + find(all));
            assertTrue(PdfFixtures.bookmarks(doc).contains(lang == Language.DE
                    ? "Regeln für das Gewährleisten der Netzwerkkommunikation des SEPPmail Secure E-Mail Gateways"
                    : "Rules for the network communication of the SEPPmail Secure E-Mail Gateway"));
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyKindOfBlockReachesThePdf(Language lang) throws IOException {
        boolean de = lang == Language.DE;
        Project p = PdfFixtures.project();
        try (PDDocument doc = manual(lang, ProseFixtures.sample(lang))) {
            List<String> pages = PdfFixtures.pages(doc);
            String all = String.join(" ", pages);
            List<String> expected = de ? List.of(
                    "Prosa-Probe",
                    "Ein Absatz mit fett, kursiv und monospace, einem Verweis auf Clustern mehrerer Systeme, dem Weg Frontend → Backend, TCP 22 (SSH), der Gruppe E-Mail Kommunikation, dem Menüpfad System › Proxy settings und einem externen Link nach einem Zeilenumbruch.",
                    "Weitere Regeln", "• Erster Punkt", "• Zweiter Punkt mit Cluster Kommunikation", "• Unterpunkt",
                    "1. Nummeriert eins", "2. Nummeriert zwei",
                    "Hinweis Ein Hinweis mit Cluster.", "Wichtig Wichtiger Absatz. • Punkt im Block",
                    "Einzelheiten", "Spalte A Spalte B", "Zelle 1 Zelle mit GINA-Frontend → E-Mail Server, TCP 25 (SMTP)",
                    "Zweiter Absatz Noch ein Absatz", "iptables -A INPUT -p tcp --dport 22 -j ACCEPT", "eingerückt",
                    "• Begriff: Erklärung mit Clustern mehrerer Systeme", "Menüpfad Benötigt von")
                    : List.of(
                    "Prose sample",
                    "A paragraph with bold, italic and monospace, a reference to Clustering multiple systems, the path Frontend → Backend, TCP 22 (SSH), the group Email traffic, the menu path System › Proxy settings and an external link after a line break.",
                    "More rules", "• First item", "• Second item with Cluster communication", "• Sub item",
                    "1. Numbered one", "2. Numbered two",
                    "Note A note with Cluster.", "Important Important paragraph. • Item in the block",
                    "Details", "Column A Column B", "Cell 1 Cell with GINA frontend → Email server, TCP 25 (SMTP)",
                    "Second paragraph One more paragraph", "iptables -A INPUT -p tcp --dport 22 -j ACCEPT", "indented",
                    "• Term: Explanation with Clustering multiple systems", "Menu path Needed for");
            int at = 0;
            for (String text : expected) {
                int found = all.indexOf(text, at);
                assertTrue(found >= 0, "missing in order: " + text + "\nin: " + all.substring(at));
                at = found + text.length();
            }
            // the flow table, from the data, in full
            for (Flow f : p.flows().toList()) {
                assertTrue(all.contains(PdfFixtures.plain(p, f.description(), lang)), f.id());
            }
            assertFalse(RAW.matcher(all).find(), "raw markup: " + find(all));
            List<String> bookmarks = PdfFixtures.bookmarks(doc);
            assertTrue(bookmarks.containsAll(de ? List.of("Weitere Regeln", "Einzelheiten") : List.of("More rules", "Details")));
            assertEquals(PdfFixtures.groupTitles(p, lang), bookmarks.subList(0, p.groups().size()));
            assertTrue(PdfSafety.activeParts(doc).isEmpty(), PdfSafety.activeParts(doc).toString());
            PdfFixtures.assertFontsEmbedded(doc);
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void referencesInProseLinkToTheirRowsAndGroups(Language lang) throws IOException {
        try (PDDocument doc = manual(lang, ProseFixtures.sample(lang))) {
            List<PDPage> targets = new ArrayList<>();
            for (PDAnnotation a : doc.getPage(0).getAnnotations()) {
                if (a instanceof PDAnnotationLink link && a.getRectangle().getUpperRightY() > 700) {
                    targets.add(((PDPageDestination) link.getDestination()).getPage());
                }
            }
            // the first paragraph: the flow (maybe over two lines) and the mail group, both in the table below
            assertTrue(targets.size() >= 2, "links from the first paragraph: " + targets.size());
            for (PDPage target : targets) {
                assertTrue(doc.getPages().indexOf(target) >= 0);
            }
        }
    }

    private static String find(String all) {
        var m = RAW.matcher(all);
        return m.find() ? all.substring(Math.max(0, m.start() - 40), Math.min(all.length(), m.end() + 40)) : "";
    }
}
