package dev.flowdoc.render.pdf;

import static dev.flowdoc.render.pdf.PdfFixtures.pages;
import static dev.flowdoc.render.pdf.PdfFixtures.plain;
import static dev.flowdoc.render.pdf.PdfFixtures.project;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdoc.model.Flow;
import dev.flowdoc.model.Language;
import dev.flowdoc.model.Project;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The manual page as PDF, read back: prose, every flow, bookmarks, internal links, fonts, metadata. */
class ManualPdfWriterTest {
    static PDDocument manual(Language lang) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfFixtures.manualWriter(lang, PdfFixtures.manualProse().get(lang)).write(out);
        return Loader.loadPDF(out.toByteArray());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void proseAndEveryFlowWholeOnOnePage(Language lang) throws IOException {
        Project p = project();
        try (PDDocument doc = manual(lang)) {
            List<String> pages = pages(doc);
            String all = String.join(" ", pages);
            String intro = lang == Language.DE
                    ? "Für eine korrekte Funktion des SEPPmail Secure E-Mail Gateways sind folgende Kommunikationswege zu gewährleisten:"
                    : "For the SEPPmail Secure E-Mail Gateway to work correctly, open the following communication paths:";
            assertTrue(all.startsWith((lang == Language.DE ? "Kommunikationswege" : "Communication paths") + " "), all);
            assertTrue(all.contains(intro));
            assertTrue(all.contains(lang == Language.DE ? "Insbesondere die Erreichbarkeit aus dem Internet muss auf ein Minimum beschränkt sein."
                    : "Keep access from the Internet to a minimum in particular."));
            assertTrue(all.indexOf(intro) < all.indexOf(plain(p, p.flows().findFirst().orElseThrow().description(), lang)));
            for (Flow f : p.flows().toList()) {
                String description = plain(p, f.description(), lang);
                assertEquals(1, pages.stream().filter(t -> t.contains(description)).count(), f.id());
            }
            assertTrue(all.contains(lang == Language.DE ? "(optional, im Cluster zwingend)" : "(optional, required in a cluster)"));
            for (int i = 0; i < pages.size(); i++) {
                assertTrue(pages.get(i).contains((lang == Language.DE ? "Seite " : "Page ") + (i + 1)
                        + (lang == Language.DE ? " von " : " of ") + pages.size()));
            }
        }
    }

    /**
     * The heading and sentences that introduce the diagram stand on the diagram's page, not alone at the foot of the
     * page before (they and the diagram fit on one page).
     */
    @ParameterizedTest
    @EnumSource(Language.class)
    void theDiagramsIntroductionStaysOnItsPage(Language lang) throws IOException {
        String heading = lang == Language.DE ? "Tabelle der Kommunikationswege" : "Table of communication paths";
        String intro = lang == Language.DE ? "Das Bild zeigt jeden Kommunikationsweg" : "The picture shows every communication path";
        String title = PdfFixtures.docs().view(lang).words().get("diagram.title");
        try (PDDocument doc = manual(lang)) {
            List<String> pages = pages(doc);
            List<Integer> with = new ArrayList<>();
            for (int i = 0; i < pages.size(); i++) {
                if (pages.get(i).contains(intro)) {
                    with.add(i);
                }
            }
            assertEquals(1, with.size(), intro);
            String page = pages.get(with.get(0));
            assertTrue(page.contains(heading), page);
            assertTrue(page.indexOf(intro) < page.indexOf(title), title + " after the introduction: " + page);
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void bookmarksPerGroupAndSectionAndLinksToGroups(Language lang) throws IOException {
        Project p = project();
        try (PDDocument doc = manual(lang)) {
            // the main page's explanatory sections come before the table, the closing rule after it
            List<String> expected = new ArrayList<>(lang == Language.DE
                    ? List.of("Zonen und Endpunkte", "Richtung", "Ports lesen", "Proxy-Server", "Erforderlich, optional, bedingt",
                            "Einsatzvarianten und Checklisten", "Tabelle der Kommunikationswege")
                    : List.of("Zones and endpoints", "Direction", "Reading the ports", "Proxy servers", "Required, optional, conditional",
                            "Deployment profiles and checklists", "Table of communication paths"));
            expected.addAll(PdfFixtures.groupTitles(p, lang));
            expected.add(lang == Language.DE
                    ? "Regeln für das Gewährleisten der Netzwerkkommunikation des SEPPmail Secure E-Mail Gateways"
                    : "Rules for the network communication of the SEPPmail Secure E-Mail Gateway");
            assertEquals(expected, PdfFixtures.bookmarks(doc));
            PDPage mailPage = null;
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                if (item.getTitle().equals(p.group("mail").orElseThrow().title().in(lang))) {
                    mailPage = ((PDPageDestination) item.getDestination()).getPage();
                }
            }
            assertNotNull(mailPage);
            List<PDAnnotationLink> links = new ArrayList<>();
            List<String> texts = PdfFixtures.pages(doc);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                PDPage page = doc.getPage(i);
                if (texts.get(i).contains(PdfFixtures.view(lang).words().get("diagram.title"))) {
                    continue; // the diagram's labels link to their rows (DiagramPdfTest)
                }
                for (PDAnnotation a : page.getAnnotations()) {
                    if (a instanceof PDAnnotationLink link) {
                        links.add(link);
                    }
                }
            }
            // the GINA Satellite row names the mail group ({group:mail}): one link per line the title takes, to the group
            assertTrue(links.size() >= 1 && links.size() <= 2, "links: " + links.size());
            for (PDAnnotationLink link : links) {
                assertEquals(mailPage, ((PDPageDestination) link.getDestination()).getPage());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void fontsMetadataLanguage(Language lang) throws IOException {
        try (PDDocument doc = manual(lang)) {
            PdfFixtures.assertFontsEmbedded(doc);
            assertEquals(lang.code(), doc.getDocumentCatalog().getLanguage());
            assertEquals((lang == Language.DE ? "Kommunikationswege" : "Communication paths") + " – SEPPmail Secure E-Mail Gateway",
                    doc.getDocumentInformation().getTitle());
            assertNotNull(doc.getDocumentCatalog().getMetadata());
            assertTrue(doc.getDocumentCatalog().getViewerPreferences().displayDocTitle());
        }
    }
}
