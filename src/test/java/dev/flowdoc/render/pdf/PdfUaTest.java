package dev.flowdoc.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdoc.cli.ExitCodes;
import dev.flowdoc.model.Language;
import dev.flowdoc.render.page.Prose;
import dev.flowdoc.render.page.ProseFixtures;
import dev.flowdoc.testing.PdfUa;
import dev.flowdoc.testing.TestProjects;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTerminalField;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * PDF/UA-1: veraPDF finds no failed rule, and the structure says what a reader needs: headings without a skipped
 * level, lists, tables with column headers (once: repeated on later pages as artifacts), links and form fields in
 * the tree with their descriptions, footers as artifacts, the document's language and title. (Every PDF of a built
 * site is checked in {@code SiteValidityTest}.)
 */
class PdfUaTest {
    @TempDir
    Path tmp;

    /** The structure elements of a document in reading order (depth first). */
    static List<PDStructureElement> elements(PDDocument doc) {
        List<PDStructureElement> all = new ArrayList<>();
        collect(doc.getDocumentCatalog().getStructureTreeRoot(), all);
        return all;
    }

    private static void collect(PDStructureNode node, List<PDStructureElement> all) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                all.add(e);
                collect(e, all);
            }
        }
    }

    private static List<String> types(List<PDStructureElement> elements) {
        return elements.stream().map(PDStructureElement::getStructureType).toList();
    }

    private static List<COSObjectable> references(PDStructureElement e) {
        List<COSObjectable> refs = new ArrayList<>();
        for (Object kid : e.getKids()) {
            if (kid instanceof PDObjectReference r) {
                refs.add(r.getReferencedObject());
            }
        }
        return refs;
    }

    /** The text of the marked-content sequences of every page, by tag ("Artifact" for decoration and footers). */
    private static List<String> marked(PDDocument doc, boolean artifacts) throws IOException {
        List<String> texts = new ArrayList<>();
        for (PDPage page : doc.getPages()) {
            PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
            extractor.processPage(page);
            for (PDMarkedContent mc : extractor.getMarkedContents()) {
                if (mc.getTag().equals("Artifact") == artifacts) {
                    StringBuilder sb = new StringBuilder();
                    for (Object o : mc.getContents()) {
                        if (o instanceof TextPosition t) {
                            sb.append(t.getUnicode());
                        }
                    }
                    texts.add(sb.toString());
                }
            }
        }
        return texts;
    }

    private static void assertDocumentLevel(PDDocument doc, Language lang) throws IOException {
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        assertEquals(lang.code(), catalog.getLanguage());
        assertTrue(catalog.getMarkInfo().isMarked());
        assertTrue(catalog.getViewerPreferences().displayDocTitle());
        String title = doc.getDocumentInformation().getTitle();
        assertFalse(title == null || title.isBlank());
        try (InputStream in = catalog.getMetadata().exportXMPMetadata()) {
            String xmp = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(xmp.contains("<pdfuaid:part>1</pdfuaid:part>"), xmp);
            assertTrue(xmp.contains("<dc:title>") && xmp.contains(">" + title.replace("&", "&amp;") + "</rdf:li>"), xmp);
        }
        for (PDPage page : doc.getPages()) {
            assertEquals(COSName.S, page.getCOSObject().getCOSName(COSName.getPDFName("Tabs")));
            assertTrue(page.getStructParents() >= 0);
        }
        List<String> types = types(elements(doc));
        assertEquals("Document", types.get(0));
        assertEquals("H1", types.get(1), "the title comes first");
        int level = 0;
        for (String type : types) {
            if (type.matches("H[1-6]")) {
                int h = type.charAt(1) - '0';
                assertTrue(h <= level + 1, "heading levels skip from H" + level + " to " + type + ": " + types);
                level = h;
            }
        }
        // the footer ("Seite 1 von 3") is a pagination artifact, never read as content
        assertTrue(marked(doc, true).stream().anyMatch(t -> t.matches(".*(Seite|Page) 1 (von|of) \\d+.*")), "footer artifact");
        assertFalse(marked(doc, false).stream().anyMatch(t -> t.matches(".*(Seite|Page) 1 (von|of) \\d+.*")), "footer as content");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theProseSampleIsTaggedBlockByBlock(Language lang) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfFixtures.manualWriter(lang, ProseFixtures.sample(lang)).write(out);
        assertEquals(List.of(), PdfUa.failedRules(out.toByteArray()));
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            assertDocumentLevel(doc, lang);
            List<PDStructureElement> elements = elements(doc);
            Set<String> types = new HashSet<>(types(elements));
            assertTrue(types.containsAll(List.of("H1", "H2", "P", "L", "LI", "Lbl", "LBody", "Div", "Table", "TR", "TH", "TD", "Link")),
                    types.toString());
            for (PDStructureElement e : elements) {
                if (e.getStructureType().equals("TH")) {
                    assertTrue(e.getAttributes().toString().contains("Column"), "TH with /Scope /Column: " + e.getAttributes());
                }
                if (e.getStructureType().equals("Link")) {
                    List<COSObjectable> refs = references(e);
                    assertEquals(1, refs.size(), "a Link holds its annotation");
                    PDAnnotationLink link = (PDAnnotationLink) refs.get(0);
                    assertFalse(link.getContents() == null || link.getContents().isBlank(), "the link's description");
                    assertEquals(e.getCOSObject(), parentOf(doc, link));
                }
            }
            for (PDPage page : doc.getPages()) {
                for (PDAnnotation a : page.getAnnotations()) {
                    assertTrue(a.getStructParent() >= 0, "every annotation is in the structure");
                }
            }
        }
    }

    /** Cells spanning columns and rows, a table without a header, a section that skips levels, a table over pages. */
    @Test
    void spansHeaderlessTablesAndDeepSectionsStayValid() throws IOException {
        Prose.TableCell a = cell("A", 1, 1);
        List<Prose.Block> blocks = new ArrayList<>();
        blocks.add(new Prose.Heading(3, null, List.of(Prose.Run.plain("Tief"))));
        blocks.add(new Prose.Table(List.of(1.0, 1.0, 1.0), List.of(List.of(cell("Kopf über zwei", 2, 1), cell("Drei", 1, 1))),
                List.of(List.of(cell("Zwei Zeilen", 1, 2), a, a), List.of(a, a), List.of(cell("Ganz", 3, 1)))));
        blocks.add(new Prose.Heading(1, "oben", List.of(Prose.Run.plain("Oben"))));
        List<List<Prose.TableCell>> body = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            body.add(List.of(cell("Zeile " + i, 1, 1), a));
        }
        blocks.add(new Prose.Table(List.of(1.0, 3.0), List.of(), body));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfFixtures.manualWriter(Language.DE, new Prose("Spannen", blocks)).write(out);
        assertEquals(List.of(), PdfUa.failedRules(out.toByteArray()));
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            assertDocumentLevel(doc, Language.DE);
            assertTrue(doc.getNumberOfPages() > 1);
            List<String> types = types(elements(doc));
            assertEquals(List.of("H1", "H2"), types.stream().filter(t -> t.matches("H\\d")).distinct().toList(), types.toString());
        }
    }

    private static Prose.TableCell cell(String text, int colspan, int rowspan) {
        return new Prose.TableCell(List.of(List.of(Prose.Run.plain(text))), colspan, rowspan);
    }

    /** The element the parent tree names for an annotation's {@code /StructParent}. */
    private static COSBase parentOf(PDDocument doc, PDAnnotation a) throws IOException {
        var tree = doc.getDocumentCatalog().getStructureTreeRoot().getParentTree();
        Object value = tree.getValue(a.getStructParent());
        assertNotNull(value, "parent tree entry " + a.getStructParent());
        return value instanceof COSObjectable o ? o.getCOSObject() : (COSBase) value;
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aChecklistHasOneHeaderRowFormFieldsInTheTreeAndToolTipsThatNameTheFlow(Language lang) throws IOException {
        byte[] pdf = ChecklistWriterTest.checklist("full", lang);
        assertEquals(List.of(), PdfUa.failedRules(pdf));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertDocumentLevel(doc, lang);
            assertTrue(doc.getNumberOfPages() > 1);
            List<PDStructureElement> elements = elements(doc);
            // the header row is drawn on every page, but is one row of the table; the repetitions are artifacts
            assertEquals(7, types(elements).stream().filter("TH"::equals).count(), "one header row of seven columns");
            String header = PdfFixtures.view(lang).headings().get(1) + PdfFixtures.view(lang).headings().get(2);
            assertTrue(marked(doc, true).stream().anyMatch(t -> t.startsWith(header)), "the repeated header as artifact");
            int widgets = 0;
            for (PDPage page : doc.getPages()) {
                for (PDAnnotation a : page.getAnnotations()) {
                    if (a instanceof PDAnnotationWidget w) {
                        COSBase parent = parentOf(doc, w);
                        assertEquals("Form", ((COSDictionary) parent).getNameAsString(COSName.S));
                        widgets++;
                    }
                }
            }
            List<String> tooltips = new ArrayList<>();
            for (PDField f : doc.getDocumentCatalog().getAcroForm().getFieldTree()) {
                if (f instanceof PDTerminalField t) {
                    String tu = t.getAlternateFieldName();
                    assertFalse(tu == null || tu.isBlank() || tu.startsWith(":"), t.getFullyQualifiedName() + ": " + tu);
                    tooltips.add(tu);
                }
            }
            assertEquals(widgets, tooltips.size());
            assertEquals(tooltips.size(), new HashSet<>(tooltips).size(), "every field's tooltip is its own: " + tooltips);
            String group = PdfFixtures.view(lang).groups().get(0).title();
            assertTrue(tooltips.stream().anyMatch(t -> t.startsWith(group + ", ") && t.contains(" → ")), tooltips.toString());
        }
    }

    /** The upgrade checklist, written through {@code checklist --upgrade-from} as a user does. */
    @Test
    void upgradeChecklistsPassPdfUa1() throws IOException {
        Path history = TestProjects.RESOURCES.resolve("projects/history");
        List<List<String>> cases = List.of(
                List.of(TestProjects.REPOSITORY.toString(), "de", "--upgrade-from", "12.0.0"),
                List.of(TestProjects.REPOSITORY.toString(), "en", "--upgrade-from", "12.1.0", "--profile", "minimal"),
                List.of(history.toString(), "de", "--upgrade-from", "9.2.0"));
        for (List<String> c : cases) {
            Path out = tmp.resolve("upgrade-" + System.nanoTime() + ".pdf");
            List<String> args = new ArrayList<>(List.of("checklist", "--project", c.get(0), "--lang", c.get(1),
                    "--out", out.toString()));
            args.addAll(c.subList(2, c.size()));
            TestProjects.Run run = TestProjects.run(args.toArray(String[]::new));
            assertEquals(ExitCodes.OK, run.exitCode(), run.err());
            byte[] pdf = Files.readAllBytes(out);
            assertEquals(List.of(), PdfUa.failedRules(pdf), c.toString());
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                assertDocumentLevel(doc, Language.valueOf(c.get(1).toUpperCase(java.util.Locale.ROOT)));
            }
        }
    }
}
