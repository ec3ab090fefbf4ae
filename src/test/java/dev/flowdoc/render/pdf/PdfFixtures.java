package dev.flowdoc.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdoc.model.Group;
import dev.flowdoc.model.Inline;
import dev.flowdoc.model.Language;
import dev.flowdoc.model.Project;
import dev.flowdoc.model.Text;
import dev.flowdoc.site.Loader;
import dev.flowdoc.diag.Problems;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceEntry;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;

/** The project of this repository, and ways to read a PDF back: text per page, fonts, bookmarks. */
public final class PdfFixtures {
    private static Project project;

    private PdfFixtures() {}

    public static synchronized Project project() {
        if (project == null) {
            Problems problems = new Problems();
            project = Loader.loadAndValidate(Path.of("").toAbsolutePath(), problems)
                    .orElseThrow(() -> new AssertionError("the repository's data is invalid: " + problems.all()));
        }
        return project;
    }

    private static dev.flowdoc.site.Inputs inputs;
    private static dev.flowdoc.view.Documentation docs;

    /** The repository's project as a build loads it (theme, build date) and its views. */
    public static synchronized dev.flowdoc.site.Inputs inputs() {
        if (inputs == null) {
            inputs = dev.flowdoc.testing.TestProjects.load(Path.of("").toAbsolutePath()).forRelease(null);
        }
        return inputs;
    }

    public static synchronized dev.flowdoc.view.Documentation docs() {
        if (docs == null) {
            docs = dev.flowdoc.view.Documentation.of(inputs().project(), inputs().theme().messages());
        }
        return docs;
    }

    /** The view of the repository's newest release in one language. */
    public static dev.flowdoc.view.DocView view(Language language) {
        return docs().view(language);
    }

    private static Map<Language, dev.flowdoc.render.page.Prose> manualProse;

    /** The main page's prose per language, as the build reads it with Asciidoctor. */
    static synchronized Map<Language, dev.flowdoc.render.page.Prose> manualProse() {
        if (manualProse == null) {
            try (dev.flowdoc.site.SiteRenderer renderer = new dev.flowdoc.site.SiteRenderer(inputs(), docs(),
                    new dev.flowdoc.render.html.SiteUrls(null), dev.flowdoc.testing.TestProjects::asciidoctor)) {
                manualProse = renderer.manualProse();
            }
        }
        return manualProse;
    }

    /** A manual writer over the repository's project in one language, with the given prose. */
    static ManualPdfWriter manualWriter(Language language, dev.flowdoc.render.page.Prose prose) {
        return new ManualPdfWriter(view(language), prose, inputs().theme(), inputs().buildDate());
    }

    /** A checklist writer over the repository's project in one language. */
    static ChecklistWriter checklistWriter(Language language) {
        return new ChecklistWriter(view(language), inputs().theme(), inputs().buildDate());
    }

    /** The text of each page, whitespace collapsed to single spaces (wrapped lines join up again). */
    public static List<String> pages(PDDocument doc) throws IOException {
        List<String> pages = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper();
        for (int i = 1; i <= doc.getNumberOfPages(); i++) {
            stripper.setStartPage(i);
            stripper.setEndPage(i);
            pages.add(stripper.getText(doc).replaceAll("\\s+", " "));
        }
        return pages;
    }

    /** A flow description as a reader sees it: references replaced by menu paths and titles. */
    static String plain(Project p, Text text, Language lang) {
        StringBuilder sb = new StringBuilder();
        for (Inline part : text.inline(lang)) {
            if (part instanceof Inline.Literal l) {
                sb.append(l.text());
            } else if (part instanceof Inline.Ref r) {
                sb.append(switch (r.kind()) {
                    case MENU -> p.menuEntry(r.id()).orElseThrow().pathLabel();
                    case CHAPTER -> p.chapter(r.id()).orElseThrow().title().in(lang);
                    case GROUP -> p.group(r.id()).orElseThrow().title().in(lang);
                    case FLOW -> throw new AssertionError("no flow references in the data yet");
                });
            }
        }
        return sb.toString().replaceAll("\\s+", " ");
    }

    static List<String> bookmarks(PDDocument doc) {
        List<String> titles = new ArrayList<>();
        for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
            titles.add(item.getTitle());
        }
        return titles;
    }

    static List<String> groupTitles(Project p, Language lang) {
        return p.groups().stream().map(Group::title).map(t -> t.in(lang)).toList();
    }

    /** Every font of the pages, of the annotations' appearances and of the form is embedded. */
    public static void assertFontsEmbedded(PDDocument doc) throws IOException {
        List<PDResources> all = new ArrayList<>();
        for (PDPage page : doc.getPages()) {
            all.add(page.getResources());
            for (PDAnnotation a : page.getAnnotations()) {
                if (a.getAppearance() != null) {
                    PDAppearanceEntry n = a.getAppearance().getNormalAppearance();
                    if (n.isStream()) {
                        all.add(n.getAppearanceStream().getResources());
                    } else {
                        for (PDAppearanceStream s : n.getSubDictionary().values()) {
                            all.add(s.getResources());
                        }
                    }
                }
            }
        }
        org.apache.pdfbox.pdmodel.PDResources formResources = null;
        if (doc.getDocumentCatalog().getAcroForm(null) != null) {
            formResources = doc.getDocumentCatalog().getAcroForm(null).getDefaultResources();
            all.add(formResources);
        }
        int fonts = 0;
        for (PDResources r : all) {
            if (r == null) {
                continue;
            }
            for (var name : r.getFontNames()) {
                PDFont font = r.getFont(name);
                if (r == formResources && name.getName().equals("ZaDb")) {
                    // the form's ZapfDingbats draws no page or appearance of the file: it is there for a viewer that
                    // draws a ticked box anew (NeedAppearances), and every viewer has that font of its own
                    assertEquals("ZapfDingbats", font.getName());
                    continue;
                }
                assertTrue(font.isEmbedded(), "font " + font.getName() + " is not embedded");
                fonts++;
            }
        }
        assertTrue(fonts > 0, "no fonts found");
    }
}
