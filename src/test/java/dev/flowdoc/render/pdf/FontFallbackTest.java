package dev.flowdoc.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdoc.load.ProjectLoader;
import dev.flowdoc.model.Language;
import dev.flowdoc.load.ThemeLoader;
import dev.flowdoc.model.Project;
import dev.flowdoc.model.ReleaseView;
import dev.flowdoc.model.Theme;
import dev.flowdoc.render.page.Prose;
import dev.flowdoc.view.DocView;
import dev.flowdoc.view.ViewBuilder;
import java.io.IOException;
import java.time.Instant;
import dev.flowdoc.testing.TestProjects;
import dev.flowdoc.diag.Problems;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fallback fonts of a theme, tried in order: a theme whose faces hold only ASCII and which names DejaVu as its fallback
 * gets every umlaut and arrow drawn in DejaVu; `check` passes; an emoji no font has is still reported. And whatever
 * reaches the PDF writers unchecked (an emoji, a NUL) never stops them.
 */
class FontFallbackTest {
    @TempDir
    Path tmp;

    /** The minimal project with a theme whose faces are DejaVu cut down to ASCII, and DejaVu as the fallback. */
    private Path asciiTheme() throws Exception {
        Path project = TestProjects.copy(TestProjects.MINIMAL, tmp.resolve("p"));
        Path fonts = TestProjects.copy(TestProjects.REPOSITORY.resolve("themes"), project.resolve("themes")).resolve("default/fonts");
        for (String face : List.of("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf")) {
            try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(fonts.resolve(face).toFile()));
                 OutputStream out = Files.newOutputStream(fonts.resolve("Ascii-" + face))) {
                TTFSubsetter subset = new TTFSubsetter(ttf);
                IntStream.rangeClosed(0x20, 0x7E).forEach(subset::add);
                subset.writeToStream(out);
            }
        }
        Files.writeString(fonts.resolve("fonts.properties"), "regular=Ascii-DejaVuSansCondensed.ttf\n"
                + "bold=Ascii-DejaVuSansCondensed-Bold.ttf\nfallback=Missing-Nothing.ttf, DejaVuSansCondensed.ttf\n"
                .replace("Missing-Nothing.ttf, ", ""));
        return project;
    }

    /** The manual PDF of the project in English as a build draws it: the theme loaded, the view of the newest release. */
    private static void manual(Path project, Project p, Prose prose, ByteArrayOutputStream out) throws IOException {
        Theme theme = new ThemeLoader(project).load(new Problems(), false).orElseThrow();
        DocView view = ViewBuilder.of(ReleaseView.at(p, p.product().newest()), theme.messages(Language.EN));
        new ManualPdfWriter(view, prose, theme, Instant.EPOCH).write(out);
    }

    /** The fonts the first page draws with, by PostScript name without the subset tag, with their glyph counts. */
    private static List<String> fontNames(PDDocument doc) throws Exception {
        List<String> names = new java.util.ArrayList<>();
        PDPage page = doc.getPage(0);
        for (var name : page.getResources().getFontNames()) {
            PDFont font = page.getResources().getFont(name);
            names.add(font.getName().replaceFirst("^[A-Z]{6}\\+", ""));
        }
        java.util.Collections.sort(names);
        return names;
    }

    @Test
    void charactersTheFacesLackAreDrawnInTheFallback() throws Exception {
        Path project = asciiTheme();
        TestProjects.replace(project, "data/flows.json", "\"en\": \"Required for updates", "\"en\": \"Required → for Ünïcode updates");
        TestProjects.Run check = TestProjects.run("check", "--project", project.toString());
        assertEquals(0, check.exitCode(), check.err());
        Problems problems = new Problems();
        Project p = new ProjectLoader(project).load(problems).orElseThrow();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        manual(project, p, ManualPdfWriter.tableOnly(p), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toByteArray())) {
            String text = String.join("\n", PdfFixtures.pages(doc));
            assertTrue(text.contains("Required → for Ünïcode updates"), text);
            // the ASCII faces keep DejaVu's PostScript names: regular and bold, and the fallback as a third font
            assertEquals(List.of("DejaVuSansCondensed", "DejaVuSansCondensed", "DejaVuSansCondensed-Bold"), fontNames(doc));
            PdfFixtures.assertFontsEmbedded(doc);
        }
    }

    @Test
    void aCharacterNoFontHasIsReportedEvenWithFallbacks() throws Exception {
        Path project = asciiTheme();
        TestProjects.replace(project, "data/flows.json", "\"en\": \"Required for updates", "\"en\": \"Required 🔥 for updates");
        TestProjects.Run check = TestProjects.run("check", "--project", project.toString());
        assertEquals(1, check.exitCode(), check.err());
        assertEquals(List.of("data/flows.json:16:29: error: flow 'updates-ssh' description (English): U+1F525 cannot be shown"
                + " in the PDFs; the theme's fonts have no glyph for it (FIRE); delete or replace it, or name a font that has"
                + " it under fallback= in themes/default/fonts/fonts.properties", "1 error"), check.errLines());
    }

    @Test
    void aFontTheThemeNamesButDoesNotHaveIsReported() throws Exception {
        Path project = asciiTheme();
        Files.writeString(project.resolve("themes/default/fonts/fonts.properties"), "fallback=Missing.ttf\n");
        TestProjects.Run check = TestProjects.run("check", "--project", project.toString());
        assertEquals(List.of("themes/default/fonts/Missing.ttf: error: cannot read the font Missing.ttf that"
                + " themes/default/fonts/fonts.properties names (no such file); put a TrueType font (.ttf) of that name into"
                + " themes/default/fonts/, or name another one", "1 error"), check.errLines());
    }

    @Test
    void unreportedCharactersNeverStopTheWriters() throws Exception {
        Path project = TestProjects.copy(TestProjects.MINIMAL, tmp.resolve("q"));
        TestProjects.replace(project, "data/flows.json", "\"en\": \"Required for updates", "\"en\": \"Required 🔥\\u0000 中 for updates");
        TestProjects.replace(project, "data/flows.json", "\"Updates\"", "\"Up\\u0007dates 🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥\"");
        Files.writeString(project.resolve("content/en/index.adoc"), "\n\nA page with 🔥 and \u0000 and 中 alone.\n", java.nio.file.StandardOpenOption.APPEND);
        Problems problems = new Problems();
        Project p = new ProjectLoader(project).load(problems).orElseThrow(); // loaded, not validated: as if check were skipped
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        // the page's prose as the build would hand it over (Asciidoctor keeps such characters as they are)
        Prose prose = new Prose("T", List.of(new Prose.Paragraph(List.of(new Prose.Run(
                "A page with 🔥 and \u0000 and 中 alone.", Prose.Style.PLAIN, null))), new Prose.FlowTable("all")));
        manual(project, p, prose, pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toByteArray())) {
            String text = String.join("\n", PdfFixtures.pages(doc));
            assertTrue(text.contains("Required ? ? for updates"), text);
            assertTrue(text.contains("A page with ? and and ? alone."), text);
        }
    }
}
