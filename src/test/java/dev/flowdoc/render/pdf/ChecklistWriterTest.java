package dev.flowdoc.render.pdf;

import static dev.flowdoc.render.pdf.PdfFixtures.pages;
import static dev.flowdoc.render.pdf.PdfFixtures.plain;
import static dev.flowdoc.render.pdf.PdfFixtures.project;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdoc.model.Flow;
import dev.flowdoc.model.Group;
import dev.flowdoc.model.Language;
import dev.flowdoc.model.Profile;
import dev.flowdoc.model.Project;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The checklists read back with PDFBox: fields, text, pages, fonts, bookmarks, metadata; both languages. */
class ChecklistWriterTest {
    private static final Map<String, byte[]> WRITTEN = new ConcurrentHashMap<>();

    static byte[] checklist(String profileId, Language lang) {
        return WRITTEN.computeIfAbsent(profileId + "/" + lang, k -> {
            Project p = project();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                var profile = p.deployment().profile(profileId).orElseThrow();
                PdfFixtures.checklistWriter(lang).write(PdfFixtures.docs().profile(profile, lang), profile, out);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
            return out.toByteArray();
        });
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void fullHasOneCheckboxPerFlowAndStableFieldNames(Language lang) throws IOException {
        try (PDDocument doc = Loader.loadPDF(checklist("full", lang))) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
            List<PDCheckBox> boxes = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (PDField f : form.getFieldTree()) {
                if (f instanceof PDCheckBox box) {
                    boxes.add(box);
                }
                if (f instanceof PDCheckBox || f instanceof PDTextField) {
                    names.add(f.getFullyQualifiedName());
                }
            }
            assertEquals(32, project().flows().count());
            assertEquals(32, boxes.size());
            Profile full = project().deployment().profile("full").orElseThrow();
            assertEquals(ChecklistWriter.fieldNames(project(), full).stream().sorted().toList(), names.stream().sorted().toList());
            assertTrue(names.contains("flow.monitoring-nrpe.opened"));
            assertTrue(names.contains("flow.mail-inbound-direct.source"));
            assertTrue(names.contains("flow.mail-inbound-direct.destination"));
            assertTrue(names.containsAll(List.of("customer", "endpoint.appliance.address", "endpoint.frontend.address",
                "endpoint.backend.address", "endpoint.gina-frontend.address", "signoff.name", "signoff.date", "signoff.signature")));
            assertEquals(1 + 4 + 3 * 32 + 3, names.size());
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void checkboxesCanBeTickedAndPopplerCanDrawThem(Language lang) throws IOException {
        try (PDDocument doc = Loader.loadPDF(checklist("minimal", lang))) {
            PDCheckBox box = (PDCheckBox) doc.getDocumentCatalog().getAcroForm(null).getField("flow.gina-https.opened");
            assertFalse(box.isChecked());
            assertEquals("Yes", box.getOnValue());
            PDAnnotationWidget widget = box.getWidgets().get(0);
            // poppler draws only direct appearance dictionaries
            COSDictionary ap = (COSDictionary) widget.getCOSObject().getItem(COSName.AP);
            assertInstanceOf(COSDictionary.class, ap.getItem(COSName.N));
            box.check();
            assertTrue(box.isChecked());
            // the form font is embedded whole: what a user types (umlauts, quotes, ›) has glyphs
            PDTextField customer = (PDTextField) doc.getDocumentCatalog().getAcroForm(null).getField("customer");
            customer.setValue("Müller AG „Süd“ › Zürich");
            assertEquals("Müller AG „Süd“ › Zürich", customer.getValue());
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void minimalHoldsExactlyItsFlowsAndNoOptionalFeature(Language lang) throws IOException {
        Project p = project();
        Profile minimal = p.deployment().profile("minimal").orElseThrow();
        List<String> expected = p.forProfile(minimal).flows().map(Flow::id).toList();
        assertEquals(List.of("license-support-ssh", "mail-outbound-relay", "mail-inbound-delivery",
                "mail-inbound-smarthost", "mail-outbound-smarthost", "dns-internal-servers", "gina-https", "admin-gui",
                "time-sync-internal"), expected);
        try (PDDocument doc = Loader.loadPDF(checklist("minimal", lang))) {
            List<String> boxes = new ArrayList<>();
            for (PDField f : doc.getDocumentCatalog().getAcroForm(null).getFieldTree()) {
                if (f instanceof PDCheckBox) {
                    boxes.add(f.getFullyQualifiedName());
                }
            }
            assertEquals(expected.stream().map(id -> "flow." + id + ".opened").toList(), boxes);
            String text = String.join(" ", pages(doc));
            assertFalse(text.contains("5666"), "no NRPE row");
            assertFalse(text.contains("NRPE"));
            assertFalse(text.contains("SNMP"));
            assertTrue(text.contains(minimal.title().in(lang)));
            for (var ref : minimal.options()) {
                assertTrue(text.contains(p.deployment().option(ref.id()).orElseThrow().label().in(lang)), ref.id());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyFlowIsOnOnePageUnderARepeatedHeader(Language lang) throws IOException {
        Project p = project();
        try (PDDocument doc = Loader.loadPDF(checklist("full", lang))) {
            List<String> pages = pages(doc);
            assertTrue(pages.size() >= 3, "pages: " + pages.size());
            String header = lang == Language.DE ? "Port Quelle Ziel Richtung Beschreibung Konkrete Adressen freigeschaltet"
                    : "Port Source Destination Direction Description Concrete addresses opened";
            for (Group g : p.groups()) {
                for (Flow f : g.flows()) {
                    String description = plain(p, f.description(), lang);
                    long onPages = pages.stream().filter(t -> t.contains(description)).count();
                    assertEquals(1, onPages, "flow " + f.id() + " is whole on exactly one page");
                    assertTrue(pages.stream().anyMatch(t -> t.contains(f.ports().get(0).label())), f.id());
                }
            }
            for (int i = 0; i < pages.size(); i++) {
                String page = pages.get(i);
                boolean hasRows = p.flows().anyMatch(f -> page.contains(plain(p, f.description(), lang)));
                if (hasRows) {
                    assertTrue(page.contains(header), "header on page " + (i + 1));
                }
                String number = lang == Language.DE ? "Seite " + (i + 1) + " von " + pages.size()
                        : "Page " + (i + 1) + " of " + pages.size();
                assertTrue(page.contains(number), number);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void fontsBookmarksMetadataAndLanguage(Language lang) throws IOException {
        Project p = project();
        try (PDDocument doc = Loader.loadPDF(checklist("full", lang))) {
            PdfFixtures.assertFontsEmbedded(doc);
            List<String> marks = PdfFixtures.bookmarks(doc);
            List<String> expected = new ArrayList<>(PdfFixtures.groupTitles(p, lang));
            expected.add(lang == Language.DE ? "Freigabe" : "Sign-off");
            assertEquals(expected, marks);
            assertEquals(lang.code(), doc.getDocumentCatalog().getLanguage());
            String title = doc.getDocumentInformation().getTitle();
            assertEquals((lang == Language.DE ? "Firewall-Checkliste – Vollständig: alle Kommunikationswege"
                    : "Firewall checklist – Full: every communication path"), title);
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(xmp.contains(title), xmp);
            assertTrue(xmp.contains("<rdf:li>" + lang.code() + "</rdf:li>"));
            String text = String.join(" ", pages(doc));
            assertTrue(text.contains(p.product().name()) && text.contains("13.0.0"));
            if (lang == Language.DE) {
                assertTrue(text.contains("Lizenzänderungen"));
                assertTrue(text.contains("für das Profil „Vollständig: alle Kommunikationswege“ erforderlich"), text);
                assertTrue(text.contains("System › Proxy settings"));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void sameDataSameBytes(Language lang) throws IOException {
        Project p = project();
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        var profile = p.deployment().profile("minimal").orElseThrow();
        PdfFixtures.checklistWriter(lang).write(PdfFixtures.docs().profile(profile, lang), profile, again);
        assertArrayEquals(checklist("minimal", lang), again.toByteArray());
    }
}
