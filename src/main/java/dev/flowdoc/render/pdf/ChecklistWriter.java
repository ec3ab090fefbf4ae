package dev.flowdoc.render.pdf;

import dev.flowdoc.model.Flow;
import dev.flowdoc.model.Group;
import dev.flowdoc.model.Language;
import dev.flowdoc.model.OptionRef;
import dev.flowdoc.model.Profile;
import dev.flowdoc.model.Project;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The fillable firewall checklist of one deployment profile in one language: exactly the flows the profile
 * needs, grouped, each with an "opened" checkbox and fields for the concrete source and destination addresses;
 * fields for customer and appliance, and a sign-off block. Works on a validated project.
 */
public final class ChecklistWriter {
    /** Column widths: ports, from, to, description, addresses, opened (sum: the A4 width inside the margins). */
    private static final float[] COLUMNS = {68, 64, 80, 159.28f, 92, 60};

    private final Project project;
    private final Language language;

    public ChecklistWriter(Project project, Language language) {
        this.project = project;
        this.language = language;
    }

    /** The field names a checklist of this profile has, in order (for tests and for tools that fill the form). */
    public static List<String> fieldNames(Project project, Profile profile) {
        List<String> names = new ArrayList<>(List.of("customer", "appliance"));
        project.forProfile(profile).flows().forEach(f -> {
            String base = "flow." + fieldId(f);
            names.addAll(List.of(base + ".source", base + ".destination", base + ".opened"));
        });
        names.addAll(List.of("signoff.name", "signoff.date", "signoff.signature"));
        return names;
    }

    public void write(Profile profile, OutputStream out) throws IOException {
        Project selected = project.forProfile(profile);
        PdfMessages words = new PdfMessages(project.root(), language);
        String title = words.get("checklist.title") + " – " + profile.title().in(language);
        String product = project.product().name();
        PdfMetadata metadata = new PdfMetadata(title, words.get("checklist.subject", product, profile.title().in(language)),
                product, "firewall, checklist, " + profile.id(), language, BuildDate.of(project),
                "flowdoc checklist " + product + " " + project.release() + " " + profile.id() + " " + language.code());
        document(title, metadata, out, (flow, fonts, form, bookmarks) -> {
            titleBlock(flow, profile, words, fonts, form);
            table(flow, selected.groups(), Map.of(), words, fonts, form, bookmarks);
            signOff(flow, words, fonts, form, bookmarks);
        });
    }

    /** What a checklist writes between the page set-up and the footer. */
    interface Body {
        void write(PageFlow flow, PdfFonts fonts, FormFields form, Bookmarks bookmarks) throws IOException;
    }

    /** A checklist document: fonts, form, bookmarks, the body, the footer naming the release, metadata. */
    void document(String title, PdfMetadata metadata, OutputStream out, Body body) throws IOException {
        PdfMessages words = new PdfMessages(project.root(), language);
        try (PDDocument doc = new PDDocument()) {
            PdfFonts fonts = PdfFonts.load(doc, project.root(), true);
            FormFields form = new FormFields(doc, fonts.regular());
            PageFlow flow = new PageFlow(doc);
            Bookmarks bookmarks = new Bookmarks(doc);
            flow.newPage();
            body.write(flow, fonts, form, bookmarks);
            flow.finish((page, count) -> () -> Footer.draw(flow, fonts, words.get("release.footer", title, project.release()),
                    words.get("page.number", page, count)));
            metadata.applyTo(doc);
            doc.save(out);
        }
    }

    private void titleBlock(PageFlow flow, Profile profile, PdfMessages words, PdfFonts fonts, FormFields form) {
        String product = project.product().name();
        flow.block(TextBlock.of(new Span(words.get("checklist.title"), fonts.bold(), 18)), 4);
        flow.block(TextBlock.of(new Span(words.get("checklist.product", product, project.release()),
                fonts.regular(), 11)), 6);
        flow.block(TextBlock.of(new Span(words.get("checklist.profile", profile.title().in(language)), fonts.bold(), 11)), 2);
        if (profile.description() != null) {
            flow.block(TextBlock.of(new Span(profile.description().in(language), fonts.regular(), 9)), 6);
        }
        flow.block(TextBlock.of(new Span(words.get("checklist.options"), fonts.bold(), 9)), 2);
        if (profile.everyFlow()) {
            flow.block(TextBlock.of(new Span(words.get("checklist.options.all"), fonts.regular(), 8.5f)), 6);
        } else {
            List<String> labels = new ArrayList<>();
            for (OptionRef ref : profile.options()) {
                project.deployment().option(ref.id()).ifPresent(o -> labels.add("•  " + o.label().in(language)));
            }
            flow.block(TextBlock.lines(fonts.regular(), 8.5f, labels), 6);
        }
        customerFields(flow, words, fonts, form);
        long count = project.forProfile(profile).flows().count();
        flow.block(TextBlock.of(new Span(words.get("checklist.instructions", count, profile.title().in(language)), fonts.regular(), 8.5f)), 6);
    }

    /** The fields for the customer and the appliance. */
    static void customerFields(PageFlow flow, PdfMessages words, PdfFonts fonts, FormFields form) {
        Cell fields = ChecklistCells.fields(form, fonts.bold(), 9, new String[] {"customer", "appliance"},
                new String[] {words.get("checklist.customer"), words.get("checklist.appliance")}, "");
        float h = fields.height(flow.width()) + 4;
        flow.ensure(h);
        fields.draw(flow, flow.left(), flow.y(), flow.width());
        flow.moveTo(flow.y() - h - 4);
    }

    /**
     * The table of flows to open, grouped; a flow found in {@code previously} (flow id → the flow as before) had
     * other ports and shows them before → after.
     */
    void table(PageFlow flow, List<Group> groups, Map<String, Flow> previously, PdfMessages words, PdfFonts fonts,
               FormFields form, Bookmarks bookmarks) {
        FlowCells cells = new FlowCells(project, language, fonts, words);
        Table table = new Table(flow, COLUMNS, List.of(cells.header("column.ports"), cells.header("column.from"),
                cells.header("column.to"), cells.header("column.description"), cells.header("column.addresses"),
                cells.header("column.opened")));
        table.begin();
        String[] labels = {words.get("checklist.field.source"), words.get("checklist.field.destination")};
        for (Group group : groups) {
            table.band(cells.band(group), "group-" + group.id(),
                    () -> bookmarks.add(group.title().in(language), flow.anchor("group-" + group.id())));
            for (Flow f : group.flows()) {
                String base = "flow." + fieldId(f);
                String tooltip = group.title().in(language) + ", " + f.ports().get(0).label();
                Flow before = previously.get(f.id());
                table.row(List.of(before != null ? cells.portsChanged(before, f) : cells.ports(group, f), cells.endpoints(f.source()), cells.endpoints(f.destination()),
                        cells.description(f),
                        ChecklistCells.fields(form, fonts.regular(), 6.5f,
                                new String[] {base + ".source", base + ".destination"}, labels, tooltip),
                        ChecklistCells.checkbox(form, base + ".opened", tooltip + ": " + words.get("column.opened"))),
                        f.anchor());
            }
        }
        table.end();
    }

    void signOff(PageFlow flow, PdfMessages words, PdfFonts fonts, FormFields form, Bookmarks bookmarks) {
        float signature = 36;
        float needed = 16 + 14 + 2 * 20 + signature + 24;
        flow.moveTo(flow.y() - 14);
        flow.ensure(needed);
        bookmarks.add(words.get("checklist.signoff"), flow.anchor("signoff"));
        flow.block(TextBlock.of(new Span(words.get("checklist.signoff"), fonts.bold(), 11)), 3);
        flow.block(TextBlock.of(new Span(words.get("checklist.signoff.text"), fonts.regular(), 8.5f)), 6);
        float labelWidth = 90;
        String[][] rows = {{"signoff.name", "checklist.signoff.name"}, {"signoff.date", "checklist.signoff.date"},
                {"signoff.signature", "checklist.signoff.signature"}};
        for (String[] row : rows) {
            float h = row[0].equals("signoff.signature") ? signature : 16;
            float bottom = flow.y() - h;
            flow.text(words.get(row[1]), fonts.bold(), 9, flow.left(), bottom + 4);
            PDRectangle rect = new PDRectangle(flow.left() + labelWidth, bottom, 220, h);
            flow.rect(rect.getLowerLeftX(), bottom, rect.getWidth(), h, null, 0.6f);
            form.text(row[0], flow.page(), rect, words.get(row[1]));
            flow.moveTo(bottom - 6);
        }
    }

    /** Flow ids may hold '.', which separates the parts of a field name; '_' never occurs in ids. */
    static String fieldId(Flow flow) {
        return flow.id().replace('.', '_');
    }
}
