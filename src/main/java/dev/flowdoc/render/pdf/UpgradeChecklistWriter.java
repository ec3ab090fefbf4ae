package dev.flowdoc.render.pdf;

import dev.flowdoc.view.delta.Action;
import dev.flowdoc.view.delta.Delta;
import dev.flowdoc.model.ChecklistStamp;
import dev.flowdoc.model.Language;
import dev.flowdoc.model.Messages;
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
import java.util.List;

/**
 * The fillable checklist of an upgrade (or downgrade): only the delta between two releases. Flows to open or
 * change share the profile checklist's table (changed ports read before → after); flows to close follow in a
 * section of their own, each with a "closed" checkbox. Works on a validated project viewed at the release reached.
 */
public final class UpgradeChecklistWriter {
    /** Column widths of the closing table: ports, from, to, description, addresses it had, closed. */
    private static final float[] CLOSE_COLUMNS = {64, 60, 80, 48, 109.28f, 100, 62};

    private final Project project;
    private final Language language;
    private final Messages words;
    private final Instant date;
    private final Diagrams diagrams;
    /** The profile checklist's writer: the document, the table of flows to open and the sign-off are its. */
    private final ChecklistWriter checklist;

    /** {@code view}: the release reached in one language. */
    public UpgradeChecklistWriter(DocView view, Theme theme, Instant date) {
        this(view, theme, date, new Diagrams());
    }

    /** {@code diagrams}: the build's laid-out diagrams (shared with the profile checklists and the pages). */
    public UpgradeChecklistWriter(DocView view, Theme theme, Instant date, Diagrams diagrams) {
        this.checklist = new ChecklistWriter(view, theme, date, diagrams);
        this.project = view.project();
        this.language = view.language();
        this.words = view.words();
        this.date = date;
        this.diagrams = diagrams;
    }

    /**
     * The field names of the delta's checklist of {@code project}, in order: the customer and the addresses of the
     * product's endpoints its flows name, flows to open or change, then flows to close.
     */
    public static List<String> fieldNames(Project project, Delta delta) {
        List<dev.flowdoc.model.Flow> flows = delta.entries().stream()
                .map(e -> project.history().flow(e.flowId())).flatMap(java.util.Optional::stream).toList();
        List<String> names = new ArrayList<>(ChecklistWriter.headerFieldNames(project, ChecklistWriter.named(flows)));
        for (String id : delta.flowIdsToOpen()) {
            String base = "flow." + ChecklistWriter.fieldId(id);
            dev.flowdoc.model.Flow f = project.history().flow(id).orElseThrow();
            names.addAll(ChecklistWriter.sideFields(base, ChecklistWriter.anyAddress(project, f.source()),
                    ChecklistWriter.anyAddress(project, f.destination())));
            names.add(base + ".opened");
        }
        delta.flowIds(Action.CLOSE).forEach(id -> {
            String base = "close." + ChecklistWriter.fieldId(id);
            dev.flowdoc.model.Flow f = project.history().flow(id).orElseThrow();
            names.addAll(ChecklistWriter.sideFields(base, ChecklistWriter.anyAddress(project, f.source()),
                    ChecklistWriter.anyAddress(project, f.destination())));
            names.add(base + ".closed");
        });
        names.addAll(List.of("signoff.name", "signoff.date", "signoff.signature"));
        return names;
    }

    /** {@code profile} only names the profile in the title block (null: none); the delta is already filtered. */
    public void write(DeltaView upgrade, Profile profile, OutputStream out) throws IOException {
        Delta delta = upgrade.delta();
        String product = project.product().name();
        String title = words.get("checklist.upgrade.title") + " " + delta.from() + " → " + delta.to();
        PdfMetadata metadata = new PdfMetadata(title, words.format("checklist.upgrade.subject", product, delta.from(), delta.to()),
                product, "firewall, checklist, upgrade", language, date,
                "flowdoc upgrade checklist " + product + " " + delta.from() + " " + delta.to() + " "
                        + (profile == null ? "" : profile.id()) + " " + language.code());
        long toOpen = upgrade.open().rows().count();
        java.util.Map<String, String> zones = new java.util.LinkedHashMap<>(ChecklistStamp.zonesOf(upgrade.open().project()));
        ChecklistStamp.zonesOf(upgrade.close().project()).forEach(zones::putIfAbsent);
        ChecklistStamp stamp = new ChecklistStamp(delta.to(), language, profile == null ? null : profile.id(), delta.from(), zones);
        checklist.document(title, metadata, stamp, out, (flow, fonts, form, bookmarks) -> {
            flow.block("H1", TextBlock.of(new Span(words.get("checklist.upgrade.title"), fonts.bold(), 18)), 4);
            flow.block(TextBlock.of(new Span(words.format("checklist.product", product, delta.to()), fonts.regular(), 11)), 2);
            flow.block(TextBlock.of(new Span(words.format("checklist.upgrade.versions", delta.from(), delta.to()),
                    fonts.bold(), 11)), profile == null ? 6 : 2);
            if (profile != null) {
                flow.block(TextBlock.of(new Span(words.format("checklist.profile", profile.title().in(language)),
                        fonts.bold(), 11)), 6);
            }
            ChecklistWriter.customerFields(flow, project, ChecklistWriter.named(upgrade.open(), upgrade.close()), words,
                    fonts, form);
            String intro = toOpen == 0 ? words.get("checklist.upgrade.none")
                    : words.format("checklist.upgrade.instructions", toOpen);
            flow.block(TextBlock.of(new Span(intro, fonts.regular(), 8.5f)), 6);
            DiagramPdf.draw(flow, fonts, diagrams.of(upgrade));
            if (toOpen > 0) {
                checklist.table(flow, upgrade.open(), upgrade, fonts, form, bookmarks);
            }
            if (upgrade.close().rows().findAny().isPresent()) {
                close(flow, upgrade.close(), delta, fonts, form, bookmarks);
            }
            checklist.signOff(flow, fonts, form, bookmarks);
        });
    }

    private void close(PageFlow flow, DocView close, Delta delta, PdfFonts fonts, FormFields form, Bookmarks bookmarks) {
        flow.moveTo(flow.y() - 14);
        flow.ensure(80);
        bookmarks.add(words.get("checklist.close"), flow.anchor("close"));
        flow.block("H2", TextBlock.of(new Span(words.get("checklist.close"), fonts.bold(), 11)), 3);
        flow.block(TextBlock.of(new Span(words.format("checklist.close.text", delta.to()), fonts.regular(), 8.5f)), 6);
        FlowCells cells = new FlowCells(fonts);
        List<String> headings = close.headings();
        Table table = new Table(flow, CLOSE_COLUMNS, List.of(cells.header(headings.get(1)), cells.header(headings.get(2)),
                cells.header(headings.get(3)), cells.header(headings.get(4)), cells.header(headings.get(5)),
                cells.header(words.get("column.addresses")),
                cells.header(words.get("column.closed"))));
        table.begin();
        for (GroupBlock group : close.groups()) {
            table.band(cells.band(group), "close-" + group.anchor(), () -> {});
            for (FlowRow row : group.rows()) {
                String name = ChecklistWriter.flowName(group, row, words);
                String base = "close." + ChecklistWriter.fieldId(row.id());
                table.row(List.of(cells.ports(row), cells.source(row), cells.destination(row), cells.direction(row),
                        cells.description(row), ChecklistWriter.addressCell(form, fonts, base, row, words, name),
                        ChecklistCells.checkbox(form, base + ".closed", name + ": " + words.get("column.closed"))),
                        "close-" + row.anchor());
            }
        }
        table.end();
    }
}
