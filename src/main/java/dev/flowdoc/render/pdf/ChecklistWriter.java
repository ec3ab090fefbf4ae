package dev.flowdoc.render.pdf;

import dev.flowdoc.model.ChecklistStamp;
import dev.flowdoc.model.Endpoint;
import dev.flowdoc.model.Flow;
import dev.flowdoc.model.Language;
import dev.flowdoc.model.Messages;
import dev.flowdoc.model.OptionRef;
import dev.flowdoc.model.Profile;
import dev.flowdoc.model.Project;
import dev.flowdoc.model.Theme;
import dev.flowdoc.view.DocView;
import dev.flowdoc.view.FlowRow;
import dev.flowdoc.view.GroupBlock;
import dev.flowdoc.view.delta.DeltaView;
import dev.flowdoc.render.diagram.Diagrams;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The fillable firewall checklist of one deployment profile in one language: exactly the flows the profile
 * needs, grouped, each with an "opened" checkbox and fields for the concrete source and destination addresses;
 * fields for the customer and the address of each role of the product, and a sign-off block. Works on a validated project.
 */
public final class ChecklistWriter {
    /** Column widths: ports, from, to, description, addresses, opened (sum: the A4 width inside the margins). */
    private static final float[] COLUMNS = {64, 60, 80, 48, 109.28f, 100, 62};

    private final Project project;
    private final Language language;
    private final Messages words;
    private final Theme theme;
    private final Instant date;
    private final Diagrams diagrams;

    /** {@code view}: the documented release in one language (its project names product and release). */
    public ChecklistWriter(DocView view, Theme theme, Instant date) {
        this(view, theme, date, new Diagrams());
    }

    /** {@code diagrams}: the build's laid-out diagrams, shared with the pages. */
    public ChecklistWriter(DocView view, Theme theme, Instant date, Diagrams diagrams) {
        this.diagrams = diagrams;
        this.project = view.project();
        this.language = view.language();
        this.words = view.words();
        this.theme = theme;
        this.date = date;
    }

    /** The field names a checklist of this profile has, in order (for tests and for tools that fill the form). */
    public static List<String> fieldNames(Project project, Profile profile) {
        List<Flow> flows = project.forProfile(profile).flows().toList();
        List<String> names = new ArrayList<>(headerFieldNames(project, named(flows)));
        flows.forEach(f -> {
            String base = "flow." + fieldId(f.id());
            names.addAll(sideFields(base, anyAddress(project, f.source()), anyAddress(project, f.destination())));
            names.add(base + ".opened");
        });
        names.addAll(List.of("signoff.name", "signoff.date", "signoff.signature"));
        return names;
    }

    /**
     * The fields above the table: the customer, then the address of every endpoint that is the product itself (an
     * endpoint in a zone marked "appliance": each role of the product, e.g. a control center and its scanners) and
     * that one of the checklist's flows names ({@code named}: their endpoint ids). A checklist without a cluster
     * asks for no cluster member.
     */
    static List<String> headerFieldNames(Project project, Set<String> named) {
        List<String> names = new ArrayList<>(List.of("customer"));
        asked(project, named).forEach(e -> names.add(addressField(e)));
        return names;
    }

    /** The product's endpoints among {@code named}, in data order. */
    static List<Endpoint> asked(Project project, Set<String> named) {
        return project.applianceEndpoints().stream().filter(e -> named.contains(e.id())).toList();
    }

    /** The endpoint ids the flows name, as source or destination. */
    static Set<String> named(Collection<Flow> flows) {
        Set<String> ids = new HashSet<>();
        flows.forEach(f -> {
            ids.addAll(f.source());
            ids.addAll(f.destination());
        });
        return ids;
    }

    /** The endpoint ids the rows of the views name, as source or destination. */
    static Set<String> named(DocView... views) {
        Set<String> ids = new HashSet<>();
        for (DocView view : views) {
            view.rows().forEach(r -> {
                ids.addAll(r.sourceIds());
                ids.addAll(r.destinationIds());
            });
        }
        return ids;
    }

    /**
     * The address fields of a flow ({@code base} "flow.ID" or "close.ID"): source and destination, except a side that
     * names an endpoint for any address ({@code "any": true}): nobody is asked for that one.
     */
    static List<String> sideFields(String base, boolean anySource, boolean anyDestination) {
        List<String> names = new ArrayList<>();
        if (!anySource) {
            names.add(base + ".source");
        }
        if (!anyDestination) {
            names.add(base + ".destination");
        }
        return names;
    }

    /** True when one of the endpoints stands for any address. */
    static boolean anyAddress(Project project, List<String> endpointIds) {
        return endpointIds.stream().anyMatch(id -> project.history().endpoint(id).map(Endpoint::any).orElse(false));
    }

    /** The address fields of a row as a cell ({@link #sideFields}); an empty cell when both sides are any address. */
    static Cell addressCell(FormFields form, PdfFonts fonts, String base, FlowRow row, Messages words, String tooltip) {
        List<String> names = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (String name : sideFields(base, row.anySource(), row.anyDestination())) {
            names.add(name);
            labels.add(words.get(name.endsWith(".source") ? "checklist.field.source" : "checklist.field.destination"));
        }
        if (names.isEmpty()) {
            return Cell.text(TextBlock.of(new Span("", fonts.regular(), 6.5f)));
        }
        return ChecklistCells.fields(form, fonts.regular(), 6.5f, names.toArray(String[]::new), labels.toArray(String[]::new),
                tooltip, ChecklistCells.ADDRESS_HEIGHT);
    }

    /** "endpoint.ID.address"; ids may hold '.', written as '_' as in the flows' field names. */
    static String addressField(Endpoint endpoint) {
        return "endpoint." + endpoint.id().replace('.', '_') + ".address";
    }

    /** The checklist of {@code profile}; {@code selected} is the view of the flows the profile needs. */
    public void write(DocView selected, Profile profile, OutputStream out) throws IOException {
        String title = words.get("checklist.title") + " – " + profile.title().in(language);
        String product = project.product().name();
        PdfMetadata metadata = new PdfMetadata(title, words.format("checklist.subject", product, profile.title().in(language)),
                product, "firewall, checklist, " + profile.id(), language, date,
                "flowdoc checklist " + product + " " + project.release() + " " + profile.id() + " " + language.code());
        ChecklistStamp stamp = new ChecklistStamp(project.release(), language, profile.id(), null,
                ChecklistStamp.zonesOf(selected.project()));
        document(title, metadata, stamp, out, (flow, fonts, form, bookmarks) -> {
            titleBlock(flow, profile, selected, fonts, form);
            DiagramPdf.draw(flow, fonts, diagrams.of(selected));
            table(flow, selected, null, fonts, form, bookmarks);
            signOff(flow, fonts, form, bookmarks);
        });
    }

    /** What a checklist writes between the page set-up and the footer. */
    interface Body {
        void write(PageFlow flow, PdfFonts fonts, FormFields form, Bookmarks bookmarks) throws IOException;
    }

    /**
     * A checklist document: fonts, form, bookmarks, the body, the footer naming the release, metadata, and the stamp
     * saying what the checklist is (read back by {@code firewall --from-checklist}).
     */
    void document(String title, PdfMetadata metadata, ChecklistStamp stamp, OutputStream out, Body body) throws IOException {
        try (PDDocument doc = new PDDocument(); PdfFonts fonts = PdfFonts.load(doc, theme, true)) {
            PageFlow flow = new PageFlow(doc);
            FormFields form = new FormFields(doc, fonts.regular(), flow.tagging());
            Bookmarks bookmarks = new Bookmarks(doc);
            flow.newPage();
            body.write(flow, fonts, form, bookmarks);
            flow.finish((page, count) -> () -> Footer.draw(flow, fonts, words.format("release.footer", title, project.release()),
                    words.format("page.number", page, count)));
            metadata.applyTo(doc);
            stamp.entries().forEach(doc.getDocumentInformation()::setCustomMetadataValue);
            doc.save(out);
        }
    }

    private void titleBlock(PageFlow flow, Profile profile, DocView selected, PdfFonts fonts, FormFields form) {
        String product = project.product().name();
        flow.block("H1", TextBlock.of(new Span(words.get("checklist.title"), fonts.bold(), 18)), 4);
        flow.block(TextBlock.of(new Span(words.format("checklist.product", product, project.release()),
                fonts.regular(), 11)), 6);
        flow.block(TextBlock.of(new Span(words.format("checklist.profile", profile.title().in(language)), fonts.bold(), 11)), 2);
        if (profile.description() != null) {
            flow.block(TextBlock.of(new Span(profile.description().in(language), fonts.regular(), 9)), 6);
        }
        flow.block(TextBlock.of(new Span(words.get("checklist.options"), fonts.bold(), 9)), 2);
        if (profile.everyFlow()) {
            flow.block(TextBlock.of(new Span(words.get("checklist.options.all"), fonts.regular(), 8.5f)), 6);
        } else {
            List<String> labels = new ArrayList<>();
            for (OptionRef ref : profile.options()) {
                project.deployment().option(ref.id()).ifPresent(o -> labels.add(o.label().in(language)));
            }
            bullets(flow, fonts, labels, 8.5f);
            flow.moveTo(flow.y() - 6);
        }
        customerFields(flow, project, named(selected), words, fonts, form);
        long count = selected.rows().count();
        flow.block(TextBlock.of(new Span(words.format("checklist.instructions", count, profile.title().in(language)), fonts.regular(), 8.5f)), 6);
    }

    /** A bulleted list (L of LI, Lbl "•", LBody), one line per item. */
    private static void bullets(PageFlow flow, PdfFonts fonts, List<String> items, float size) {
        Tagging tagging = flow.tagging();
        tagging.begin("L").getCOSObject().setItem(org.apache.pdfbox.cos.COSName.A, ProsePdf.listAttributes("Disc"));
        float marker = TextBlock.measure("•  ", fonts.regular(), size);
        for (String item : items) {
            TextBlock body = TextBlock.of(new Span(item, fonts.regular(), size));
            float h = body.height(flow.width() - marker);
            flow.ensure(h);
            float top = flow.y();
            tagging.begin("LI");
            tagging.begin("Lbl");
            TextBlock.of(new Span("•", fonts.regular(), size)).draw(flow, flow.left(), top, marker);
            tagging.end("Lbl");
            tagging.begin("LBody");
            body.draw(flow, flow.left() + marker, top, flow.width() - marker);
            tagging.end("LBody");
            tagging.end("LI");
            flow.moveTo(top - h);
        }
        tagging.end("L");
    }

    /**
     * The fields for the customer and the address of each of the product's endpoints that {@code named} holds,
     * labelled with its name.
     */
    static void customerFields(PageFlow flow, Project project, Set<String> named, Messages words, PdfFonts fonts,
                               FormFields form) {
        List<String> names = headerFieldNames(project, named);
        List<String> labels = new ArrayList<>(List.of(words.get("checklist.customer")));
        asked(project, named).forEach(e -> labels.add(words.format("checklist.address", e.name(words.language()))));
        Cell fields = ChecklistCells.fields(form, fonts.bold(), 9, names.toArray(String[]::new),
                labels.toArray(String[]::new), "", ChecklistCells.FIELD_HEIGHT + 4);
        float h = fields.height(flow.width()) + 4;
        flow.ensure(h);
        fields.draw(flow, flow.left(), flow.y(), flow.width());
        flow.moveTo(flow.y() - h - 4);
    }

    /**
     * The table of flows to open, grouped; a flow that {@code upgrade} had with other ports shows them before → after.
     */
    void table(PageFlow flow, DocView view, DeltaView upgrade, PdfFonts fonts, FormFields form, Bookmarks bookmarks) {
        FlowCells cells = new FlowCells(fonts);
        List<String> headings = view.headings();
        Table table = new Table(flow, COLUMNS, List.of(cells.header(headings.get(1)), cells.header(headings.get(2)),
                cells.header(headings.get(3)), cells.header(headings.get(4)), cells.header(headings.get(5)),
                cells.header(words.get("column.addresses")),
                cells.header(words.get("column.opened"))));
        table.begin();
        for (GroupBlock group : view.groups()) {
            // alternatives: the admin ticks the one chosen (its "opened" box), the others stay empty
            table.band(cells.band(group, group.oneOf() == null ? null : words.get("checklist.oneOf")), group.anchor(),
                    () -> bookmarks.add(group.title(), flow.anchor(group.anchor())));
            for (FlowRow row : group.rows()) {
                String base = "flow." + fieldId(row.id());
                String tooltip = flowName(group, row, words);
                FlowRow before = upgrade == null ? null : upgrade.before(row.id()).orElse(null);
                table.row(List.of(before != null ? cells.portsChanged(before, row) : cells.ports(row),
                        cells.source(row), cells.destination(row), cells.direction(row), cells.description(row),
                        addressCell(form, fonts, base, row, words, tooltip),
                        ChecklistCells.checkbox(form, base + ".opened", tooltip + ": " + words.get("column.opened"))),
                        row.anchor());
            }
        }
        table.end();
    }

    void signOff(PageFlow flow, PdfFonts fonts, FormFields form, Bookmarks bookmarks) {
        float signature = 36;
        float needed = 16 + 14 + 2 * 20 + signature + 24;
        flow.moveTo(flow.y() - 14);
        flow.ensure(needed);
        bookmarks.add(words.get("checklist.signoff"), flow.anchor("signoff"));
        flow.block("H2", TextBlock.of(new Span(words.get("checklist.signoff"), fonts.bold(), 11)), 3);
        flow.block(TextBlock.of(new Span(words.get("checklist.signoff.text"), fonts.regular(), 8.5f)), 6);
        float labelWidth = 90;
        String[][] rows = {{"signoff.name", "checklist.signoff.name"}, {"signoff.date", "checklist.signoff.date"},
                {"signoff.signature", "checklist.signoff.signature"}};
        for (String[] row : rows) {
            float h = row[0].equals("signoff.signature") ? signature : 16;
            float bottom = flow.y() - h;
            flow.tagging().begin("P");
            flow.text(words.get(row[1]), fonts.bold(), 9, flow.left(), bottom + 4);
            PDRectangle rect = new PDRectangle(flow.left() + labelWidth, bottom, 220, h);
            flow.rect(rect.getLowerLeftX(), bottom, rect.getWidth(), h, null, 0.6f);
            form.text(row[0], flow.page(), rect, words.get(row[1]));
            flow.tagging().end("P");
            flow.moveTo(bottom - 6);
        }
    }

    /**
     * The flow as a field's tooltip ({@code /TU}, what a screen reader announces) names it in the document's language:
     * group and the row's one-line name ("E-Mail Kommunikation, E-Mail Server → Appliance, TCP 25 (SMTP)").
     */
    static String flowName(GroupBlock group, FlowRow row, Messages words) {
        return words.format("checklist.flow", group.title(), row.name());
    }

    /** Flow ids may hold '.', which separates the parts of a field name; '_' never occurs in ids. */
    static String fieldId(String flowId) {
        return flowId.replace('.', '_');
    }
}
