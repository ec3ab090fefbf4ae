package dev.flowdoc.render.pdf;

import dev.flowdoc.model.Content;
import dev.flowdoc.model.Language;
import dev.flowdoc.model.Messages;
import dev.flowdoc.model.Project;
import dev.flowdoc.model.Theme;
import dev.flowdoc.render.diagram.Diagrams;
import dev.flowdoc.render.page.Prose;
import dev.flowdoc.view.DocView;
import dev.flowdoc.view.FlowRow;
import dev.flowdoc.view.GroupBlock;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The manual page (content/LANG/index.adoc) as an A4 PDF: its title and prose as Asciidoctor read them
 * ({@link Prose}, with every macro resolved), and at the place of a flow table the same rows as the page's table
 * (from the view), grouped, with a bookmark per group and section and links for group and flow references.
 * Reads nothing from disk: the view, the prose, the theme and the date arrive as objects.
 */
public final class ManualPdfWriter {
    /** Column widths: ports, source, destination, description (sum: the A4 width inside the margins). */
    private static final float[] COLUMNS = {76, 82, 82, 56, 227.28f};
    public static final String PAGE = "index";

    private final DocView view;
    private final Project project;
    private final Language language;
    private final Messages words;
    private final Prose prose;
    private final Theme theme;
    private final Instant date;
    private final Diagrams diagrams;

    public ManualPdfWriter(DocView view, Prose prose, Theme theme, Instant date) {
        this(view, prose, theme, date, new Diagrams());
    }

    /** {@code diagrams}: the build's laid-out diagrams, shared with the pages. */
    public ManualPdfWriter(DocView view, Prose prose, Theme theme, Instant date, Diagrams diagrams) {
        this.diagrams = diagrams;
        this.view = view;
        this.project = view.project();
        this.language = view.language();
        this.words = view.words();
        this.prose = prose;
        this.theme = theme;
        this.date = date;
    }

    /** The prose of a project without a manual page: its product's name as the title, then the flow table. */
    public static Prose tableOnly(Project project) {
        return new Prose(project.product().name(), List.of(new Prose.FlowTable(Content.ALL)));
    }

    public void write(OutputStream out) throws IOException {
        String product = project.product().name();
        String version = project.release().toString();
        String title = prose.title() == null || prose.title().isBlank() ? product : prose.title();
        try (PDDocument doc = new PDDocument(); PdfFonts fonts = PdfFonts.load(doc, theme, false)) {
            PageFlow flow = new PageFlow(doc);
            Bookmarks bookmarks = new Bookmarks(doc);
            flow.newPage();
            flow.block("H1", TextBlock.of(new Span(title, fonts.bold(), 18)), 4);
            flow.block(TextBlock.of(new Span(words.format("manual.product", product, version), fonts.regular(), 11)), 10);
            // the diagram where the page puts it (flowdiagram::all[]); a page without one has it above the whole table
            boolean placed = Prose.placesDiagram(prose.blocks());
            new ProsePdf(flow, fonts, bookmarks, table -> matrix(flow, fonts, bookmarks, table.target(), !placed),
                    diagram -> DiagramPdf.draw(flow, fonts, diagrams.of(view)),
                    diagram -> DiagramPdf.height(flow, diagrams.of(view))).draw(prose.blocks());
            flow.finish((n, count) -> () -> Footer.draw(flow, fonts, words.format("release.footer", title + " – " + product, version),
                    words.format("page.number", n, count)));
            new PdfMetadata(title + " – " + product, words.format("manual.subject", product, version), product,
                    "firewall, ports, " + product, language, date,
                    "flowdoc manual " + product + " " + version + " " + language.code()).applyTo(doc);
            doc.save(out);
        }
    }

    /** The flow table of {@code target}: every group ("all") or one, as the view has it. */
    private void matrix(PageFlow flow, PdfFonts fonts, Bookmarks bookmarks, String target, boolean diagram) {
        List<GroupBlock> groups = target.equals(Content.ALL) ? view.groups()
                : view.group(target).map(List::of).orElse(List.of());
        if (diagram && target.equals(Content.ALL)) {
            DiagramPdf.draw(flow, fonts, diagrams.of(view));
        }
        FlowCells cells = new FlowCells(fonts);
        List<String> headings = view.headings();
        Table table = new Table(flow, COLUMNS, List.of(cells.header(headings.get(1)), cells.header(headings.get(2)),
                cells.header(headings.get(3)), cells.header(headings.get(4)), cells.header(headings.get(5))));
        table.begin();
        for (GroupBlock group : groups) {
            table.band(cells.band(group), group.anchor(),
                    () -> bookmarks.add(group.title(), flow.anchor(group.anchor())));
            for (FlowRow row : group.rows()) {
                table.row(List.of(cells.ports(row), cells.source(row), cells.destination(row), cells.direction(row), cells.description(row)),
                        row.anchor());
            }
        }
        table.end();
    }
}
