package dev.flowdoc.render.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdoc.model.Group;
import dev.flowdoc.model.Inline;
import dev.flowdoc.model.Language;
import dev.flowdoc.model.Project;
import dev.flowdoc.model.Text;
import dev.flowdoc.render.html.SiteUrls;
import dev.flowdoc.render.html.Theme;
import dev.flowdoc.render.page.Prose;
import dev.flowdoc.site.Pipeline;
import dev.flowdoc.site.SiteRenderer;
import dev.flowdoc.site.Sources;
import dev.flowdoc.testing.TestProjects;
import dev.flowdoc.validate.Problems;
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

    /** The manual page of each language as Asciidoctor reads it (with flowdoc's extensions), from the repository. */
    static synchronized Map<Language, Prose> manualProse() {
        if (manualProse == null) {
            Sources sources = TestProjects.load(TestProjects.REPOSITORY).forRelease(null);
            try (SiteRenderer renderer = new SiteRenderer(sources, Theme.of(TestProjects.REPOSITORY), new SiteUrls(null),
                    TestProjects::asciidoctor)) {
                manualProse = renderer.manualProse();
            }
        }
        return manualProse;
    }

    private static Map<Language, Prose> manualProse;

    static synchronized Project project() {
        if (project == null) {
            Problems problems = new Problems();
            project = Pipeline.loadAndValidate(Path.of("").toAbsolutePath(), problems)
                    .orElseThrow(() -> new AssertionError("the repository's data is invalid: " + problems.all()));
        }
        return project;
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
        if (doc.getDocumentCatalog().getAcroForm(null) != null) {
            all.add(doc.getDocumentCatalog().getAcroForm(null).getDefaultResources());
        }
        int fonts = 0;
        for (PDResources r : all) {
            if (r == null) {
                continue;
            }
            for (var name : r.getFontNames()) {
                PDFont font = r.getFont(name);
                assertTrue(font.isEmbedded(), "font " + font.getName() + " is not embedded");
                fonts++;
            }
        }
        assertTrue(fonts > 0, "no fonts found");
    }
}
