package dev.flowdoc.render.pdf;

import dev.flowdoc.changes.Action;
import dev.flowdoc.changes.Delta;
import dev.flowdoc.changes.DeltaEntry;
import dev.flowdoc.model.Flow;
import dev.flowdoc.model.Group;
import dev.flowdoc.model.Language;
import dev.flowdoc.model.Profile;
import dev.flowdoc.model.Project;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The fillable checklist of an upgrade (or downgrade): only the delta between two releases. Flows to open or
 * change share the profile checklist's table (changed ports read before → after); flows to close follow in a
 * section of their own, each with a "closed" checkbox. Works on a validated project viewed at the release reached.
 */
public final class UpgradeChecklistWriter {
    /** Column widths of the closing table: ports, from, to, description, closed. */
    private static final float[] CLOSE_COLUMNS = {68, 64, 80, 251.28f, 60};

    private final Project project;
    private final Language language;
    private final ChecklistWriter checklist;

    public UpgradeChecklistWriter(Project project, Language language) {
        this.project = project;
        this.language = language;
        this.checklist = new ChecklistWriter(project, language);
    }

    /** The field names of the delta's checklist, in order: flows to open or change, then flows to close. */
    public static List<String> fieldNames(Delta delta) {
        List<String> names = new ArrayList<>(List.of("customer", "appliance"));
        for (DeltaEntry e : delta.entries()) {
            if (e.action() != Action.CLOSE) {
                String base = "flow." + ChecklistWriter.fieldId(e.flow());
                names.addAll(List.of(base + ".source", base + ".destination", base + ".opened"));
            }
        }
        delta.of(Action.CLOSE).forEach(e -> names.add("close." + ChecklistWriter.fieldId(e.flow()) + ".closed"));
        names.addAll(List.of("signoff.name", "signoff.date", "signoff.signature"));
        return names;
    }

    /** {@code profile} only names the profile in the title block (null: none); the delta is already filtered. */
    public void write(Delta delta, Profile profile, OutputStream out) throws IOException {
        PdfMessages words = new PdfMessages(project.root(), language);
        String product = project.product().name();
        String title = words.get("checklist.upgrade.title") + " " + delta.from() + " → " + delta.to();
        PdfMetadata metadata = new PdfMetadata(title, words.get("checklist.upgrade.subject", product, delta.from(), delta.to()),
                product, "firewall, checklist, upgrade", language, BuildDate.of(project),
                "flowdoc upgrade checklist " + product + " " + delta.from() + " " + delta.to() + " "
                        + (profile == null ? "" : profile.id()) + " " + language.code());
        List<DeltaEntry> toOpen = delta.entries().stream().filter(e -> e.action() != Action.CLOSE).toList();
        Map<String, Flow> previously = new HashMap<>();
        toOpen.stream().filter(e -> e.before() != null).forEach(e -> previously.put(e.flow().id(), e.before()));
        checklist.document(title, metadata, out, (flow, fonts, form, bookmarks) -> {
            flow.block(TextBlock.of(new Span(words.get("checklist.upgrade.title"), fonts.bold(), 18)), 4);
            flow.block(TextBlock.of(new Span(words.get("checklist.product", product, delta.to()), fonts.regular(), 11)), 2);
            flow.block(TextBlock.of(new Span(words.get("checklist.upgrade.versions", delta.from(), delta.to()),
                    fonts.bold(), 11)), profile == null ? 6 : 2);
            if (profile != null) {
                flow.block(TextBlock.of(new Span(words.get("checklist.profile", profile.title().in(language)),
                        fonts.bold(), 11)), 6);
            }
            ChecklistWriter.customerFields(flow, words, fonts, form);
            String intro = toOpen.isEmpty() ? words.get("checklist.upgrade.none")
                    : words.get("checklist.upgrade.instructions", toOpen.size());
            flow.block(TextBlock.of(new Span(intro, fonts.regular(), 8.5f)), 6);
            if (!toOpen.isEmpty()) {
                checklist.table(flow, groups(toOpen, DeltaEntry::after), previously, words, fonts, form, bookmarks);
            }
            List<DeltaEntry> toClose = delta.of(Action.CLOSE);
            if (!toClose.isEmpty()) {
                close(flow, groups(toClose, DeltaEntry::before), delta, words, fonts, form, bookmarks);
            }
            checklist.signOff(flow, words, fonts, form, bookmarks);
        });
    }

    private void close(PageFlow flow, List<Group> groups, Delta delta, PdfMessages words, PdfFonts fonts,
                       FormFields form, Bookmarks bookmarks) {
        flow.moveTo(flow.y() - 14);
        flow.ensure(80);
        bookmarks.add(words.get("checklist.close"), flow.anchor("close"));
        flow.block(TextBlock.of(new Span(words.get("checklist.close"), fonts.bold(), 11)), 3);
        flow.block(TextBlock.of(new Span(words.get("checklist.close.text", delta.to()), fonts.regular(), 8.5f)), 6);
        FlowCells cells = new FlowCells(project.history(), language, fonts, words);
        Table table = new Table(flow, CLOSE_COLUMNS, List.of(cells.header("column.ports"), cells.header("column.from"),
                cells.header("column.to"), cells.header("column.description"), cells.header("column.closed")));
        table.begin();
        for (Group group : groups) {
            table.band(cells.band(group), "close-group-" + group.id(), () -> {});
            for (Flow f : group.flows()) {
                String tooltip = group.title().in(language) + ", " + f.ports().get(0).label() + ": " + words.get("column.closed");
                table.row(List.of(cells.ports(group, f), cells.endpoints(f.source()), cells.endpoints(f.destination()),
                        cells.description(f), ChecklistCells.checkbox(form, "close." + ChecklistWriter.fieldId(f) + ".closed",
                                tooltip)), "close-" + f.anchor());
            }
        }
        table.end();
    }

    /** The entries' flows (as {@code side} gives them) in their groups, in data order. */
    private static List<Group> groups(List<DeltaEntry> entries, Function<DeltaEntry, Flow> side) {
        Map<String, Group> groups = new LinkedHashMap<>();
        Map<String, List<Flow>> flows = new LinkedHashMap<>();
        for (DeltaEntry e : entries) {
            groups.putIfAbsent(e.group().id(), e.group());
            flows.computeIfAbsent(e.group().id(), k -> new ArrayList<>()).add(side.apply(e));
        }
        return groups.values().stream().map(g -> g.withFlows(flows.get(g.id()))).toList();
    }
}
