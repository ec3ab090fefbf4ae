package dev.flowdoc.render.pdf;

import dev.flowdoc.model.Language;
import dev.flowdoc.model.Messages;
import dev.flowdoc.model.Project;
import dev.flowdoc.model.Theme;
import dev.flowdoc.view.DocView;
import dev.flowdoc.view.FlowRow;
import dev.flowdoc.view.GroupBlock;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The manual page content/LANG/index.adoc as an A4 PDF: its title and prose, and at the place of the flow table
 * the full matrix, grouped, with a bookmark per group and section and links for group and flow references.
 * Works on a validated project.
 */
public final class ManualPdfWriter {
    /** Column widths: ports, from, to, description (sum: the A4 width inside the margins). */
    private static final float[] COLUMNS = {96, 80, 80, 267.28f};
    public static final String PAGE = "index";

    private final DocView view;
    private final Project project;
    private final Language language;
    private final Messages words;
    private final Theme theme;
    private final Instant date;

    public ManualPdfWriter(DocView view, Theme theme, Instant date) {
        this.view = view;
        this.project = view.project();
        this.language = view.language();
        this.words = view.words();
        this.theme = theme;
        this.date = date;
    }

    public void write(OutputStream out) throws IOException {
        AdocPage page = page();
        try (PDDocument doc = new PDDocument()) {
            PdfFonts fonts = PdfFonts.load(doc, theme, false);
            PageFlow flow = new PageFlow(doc);
            Bookmarks bookmarks = new Bookmarks(doc);
            String product = project.product().name();
            String version = project.release().toString();
            flow.newPage();
            flow.block(TextBlock.of(new Span(page.title(), fonts.bold(), 18)), 4);
            flow.block(TextBlock.of(new Span(words.format("manual.product", product, version), fonts.regular(), 11)), 10);
            for (AdocPage.Block block : page.blocks()) {
                if (block instanceof AdocPage.Paragraph p) {
                    flow.block(TextBlock.of(new Span(p.text(), fonts.regular(), 9.5f)), 6);
                } else if (block instanceof AdocPage.Heading h) {
                    float size = h.level() == 2 ? 13 : 11;
                    flow.moveTo(flow.y() - 8);
                    flow.ensure(size * 3 + 40);
                    String id = h.id() != null ? h.id() : "section-" + page.blocks().indexOf(h);
                    bookmarks.add(h.text(), flow.anchor(id));
                    flow.block(TextBlock.of(new Span(h.text(), fonts.bold(), size)), 4);
                } else {
                    matrix(flow, fonts, bookmarks);
                    flow.moveTo(flow.y() - 6);
                }
            }
            flow.finish((n, count) -> () -> Footer.draw(flow, fonts, words.format("release.footer", page.title() + " – " + product, version),
                    words.format("page.number", n, count)));
            new PdfMetadata(page.title() + " – " + product, words.format("manual.subject", product, version), product,
                    "firewall, ports, " + product, language, date,
                    "flowdoc manual " + product + " " + version + " " + language.code()).applyTo(doc);
            doc.save(out);
        }
    }

    private void matrix(PageFlow flow, PdfFonts fonts, Bookmarks bookmarks) {
        FlowCells cells = new FlowCells(fonts);
        List<String> headings = view.headings();
        Table table = new Table(flow, COLUMNS, List.of(cells.header(headings.get(1)), cells.header(headings.get(2)),
                cells.header(headings.get(3)), cells.header(headings.get(4))));
        table.begin();
        for (GroupBlock group : view.groups()) {
            table.band(cells.band(group), group.anchor(),
                    () -> bookmarks.add(group.title(), flow.anchor(group.anchor())));
            for (FlowRow row : group.rows()) {
                table.row(List.of(cells.ports(row), cells.source(row), cells.destination(row), cells.description(row)),
                        row.anchor());
            }
        }
        table.end();
    }

    /** The page's prose, or only a title and the matrix when the project has no content page. */
    private AdocPage page() throws IOException {
        Path file = project.root().resolve("content").resolve(language.code()).resolve(PAGE + ".adoc");
        if (Files.isRegularFile(file)) {
            AdocPage page = AdocPage.read(file);
            if (page.title() != null) {
                return page;
            }
            return new AdocPage(project.product().name(), page.blocks());
        }
        return new AdocPage(project.product().name(), List.of(new AdocPage.FlowTable()));
    }
}
