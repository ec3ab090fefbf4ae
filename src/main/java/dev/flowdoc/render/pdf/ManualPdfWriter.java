package dev.flowdoc.render.pdf;

import dev.flowdoc.model.Content;
import dev.flowdoc.model.Flow;
import dev.flowdoc.model.Group;
import dev.flowdoc.model.Language;
import dev.flowdoc.model.Project;
import dev.flowdoc.render.page.Prose;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The manual page (content/LANG/index.adoc) as an A4 PDF: its title and prose as Asciidoctor read them
 * ({@link Prose}, with every macro resolved), and at the place of the flow table the full matrix from the data,
 * grouped, with a bookmark per group and section and links for group and flow references.
 * Works on a validated project; reads no page from disk.
 */
public final class ManualPdfWriter {
    /** Column widths: ports, from, to, description (sum: the A4 width inside the margins). */
    private static final float[] COLUMNS = {96, 80, 80, 267.28f};
    public static final String PAGE = "index";

    private final Project project;
    private final Language language;
    private final Prose prose;

    public ManualPdfWriter(Project project, Language language, Prose prose) {
        this.project = project;
        this.language = language;
        this.prose = prose;
    }

    /** The prose of a project without a manual page: its product's name as the title, then the flow table. */
    public static Prose tableOnly(Project project) {
        return new Prose(project.product().name(), List.of(new Prose.FlowTable(Content.ALL)));
    }

    public void write(OutputStream out) throws IOException {
        PdfMessages words = new PdfMessages(project.root(), language);
        String product = project.product().name();
        String version = project.release().toString();
        String title = prose.title() == null || prose.title().isBlank() ? product : prose.title();
        try (PDDocument doc = new PDDocument()) {
            PdfFonts fonts = PdfFonts.load(doc, project.root(), false);
            PageFlow flow = new PageFlow(doc);
            Bookmarks bookmarks = new Bookmarks(doc);
            flow.newPage();
            flow.block(TextBlock.of(new Span(title, fonts.bold(), 18)), 4);
            flow.block(TextBlock.of(new Span(words.get("manual.product", product, version), fonts.regular(), 11)), 10);
            new ProsePdf(flow, fonts, bookmarks, table -> matrix(flow, words, fonts, bookmarks, table.target()))
                    .draw(prose.blocks());
            flow.finish((n, count) -> () -> Footer.draw(flow, fonts, words.get("release.footer", title + " – " + product, version),
                    words.get("page.number", n, count)));
            new PdfMetadata(title + " – " + product, words.get("manual.subject", product, version), product,
                    "firewall, ports, " + product, language, BuildDate.of(project),
                    "flowdoc manual " + product + " " + version + " " + language.code()).applyTo(doc);
            doc.save(out);
        }
    }

    /** The flow table of {@code target}: every group ("all") or one. */
    private void matrix(PageFlow flow, PdfMessages words, PdfFonts fonts, Bookmarks bookmarks, String target) {
        List<Group> groups = target.equals(Content.ALL) ? project.groups()
                : project.group(target).map(List::of).orElse(List.of());
        FlowCells cells = new FlowCells(project, language, fonts, words);
        Table table = new Table(flow, COLUMNS, List.of(cells.header("column.ports"), cells.header("column.from"),
                cells.header("column.to"), cells.header("column.description")));
        table.begin();
        for (Group group : groups) {
            table.band(cells.band(group), group.anchor(),
                    () -> bookmarks.add(group.title().in(language), flow.anchor(group.anchor())));
            for (Flow f : group.flows()) {
                table.row(List.of(cells.ports(group, f), cells.endpoints(f.source()), cells.endpoints(f.destination()),
                        cells.description(f)), f.anchor());
            }
        }
        table.end();
    }
}
