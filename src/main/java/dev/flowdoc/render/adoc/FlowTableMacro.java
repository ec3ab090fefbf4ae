package dev.flowdoc.render.adoc;

import dev.flowdoc.model.Content;
import dev.flowdoc.view.DocView;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.asciidoctor.ast.Cell;
import org.asciidoctor.ast.Column;
import org.asciidoctor.ast.Row;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.ast.Table;
import org.asciidoctor.extension.BlockMacroProcessor;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;

/**
 * {@code flowtable::all[]} or {@code flowtable::GROUP[]}: the flow table in the page's language, built
 * through the AST API. Cell texts come from the view through {@link FlowTableModel}: data text is escaped there, references
 * become flowdoc's inline macros, which the registered inline macro processors turn into links.
 */
public final class FlowTableMacro extends BlockMacroProcessor {
    public static final String NAME = "flowtable";
    /** The role of the table; the theme's CSS and filter script find the tables by it. */
    public static final String ROLE = "flowtable";
    /** The table's attribute naming the macro's target ("all" or a group id). */
    public static final String TARGET_ATTRIBUTE = "flowtable-target";

    /**
     * The document attribute that asks for the table as HTML written in Java ({@link FlowTableHtml}): set when a
     * page is converted to HTML; a document loaded for its structure (PDF, search) gets the table node.
     */
    public static final String HTML_ATTRIBUTE = "flowdoc-table-html";

    /**
     * The document attribute for a document loaded for its structure only ({@link PageConverter#read}): the table
     * node carries its role, target, columns and heading, not the body rows (readers take the rows from the view).
     */
    public static final String OUTLINE_ATTRIBUTE = "flowdoc-table-outline";

    private final DocView view;
    private final AdocText text;
    private final FlowTableHtml html;
    private final MacroCalls calls;

    public FlowTableMacro(DocView view, AdocText text) {
        this(view, text, null, null);
    }

    /**
     * {@code calls}: while a page is converted for the site ({@link PageConverter#convertRecorded}), a table written
     * in Java is kept there in its final form and goes into the body after the prose is post-processed (null: in place).
     */
    public FlowTableMacro(DocView view, AdocText text, FlowTableHtml html, MacroCalls calls) {
        super(NAME);
        this.view = view;
        this.text = text;
        this.html = html;
        this.calls = calls;
    }

    private List<dev.flowdoc.view.GroupBlock> groups(String target) {
        return target.equals(Content.ALL) ? view.groups() : view.group(target).map(List::of).orElse(List.of());
    }

    /**
     * The table as the site shows it ({@link FlowTableHtml#writeForSite}), from the data this macro has now;
     * {@code icons}: the page's icons attribute as recorded; null where Asciidoctor builds the table.
     */
    String output(String target, String icons, String page) {
        List<dev.flowdoc.view.GroupBlock> groups = groups(target);
        if (html == null || groups.isEmpty()) {
            return null;
        }
        return html.writeForSite(FlowTableModel.headings(view, text), FlowTableModel.build(groups, text), page, "font".equals(icons))
                .orElse(null);
    }

    @Override
    public StructuralNode process(StructuralNode parent, String target, Map<String, Object> attributes) {
        List<dev.flowdoc.view.GroupBlock> groups = groups(target);
        if (groups.isEmpty()) {
            // validation rejects unknown targets; this guards a caller that skipped it
            log(new LogRecord(Severity.ERROR, parent.getSourceLocation(), "flowtable: unknown group '" + target + "'"));
        }
        if (html != null && !groups.isEmpty() && parent.getDocument().hasAttribute(HTML_ATTRIBUTE)) {
            String page = (String) parent.getDocument().getAttribute(RefMacro.PAGE_ATTRIBUTE);
            Object icons = parent.getDocument().getAttribute("icons");
            boolean fontIcons = "font".equals(icons);
            if (calls != null && calls.recording()) {
                // for the site: the table as the site shows it, kept beside the conversion; a comment stands in its place
                Optional<String> written = html.writeForSite(FlowTableModel.headings(view, text), FlowTableModel.build(groups, text), page, fontIcons);
                if (written.isPresent()) {
                    return createBlock(parent, "pass", calls.keep(NAME, target, fontIcons ? "font" : "", written.get()));
                }
            } else {
                Optional<String> written = html.write(FlowTableModel.headings(view, text), FlowTableModel.build(groups, text), page, fontIcons);
                if (written.isPresent()) {
                    return createBlock(parent, "pass", written.get());
                }
            }
        }
        if (calls != null && calls.recording()) {
            // a table built through Asciidoctor: the page is converted again whenever it is needed
            calls.notReusable();
        }
        Map<String, Object> tableAttributes = new HashMap<>();
        tableAttributes.put(TARGET_ATTRIBUTE, target);
        Table table = createTable(parent, tableAttributes);
        table.addRole(ROLE);
        // createTable does not keep the attributes it is given; the manual PDF finds the table's target by this one
        table.setAttribute(TARGET_ATTRIBUTE, target, true);
        table.setFrame("all");
        table.setGrid("all");
        List<Column> columns = new java.util.ArrayList<>();
        for (int i = 0; i < FlowTableModel.WIDTHS.size(); i++) {
            Column column = createTableColumn(table, i);
            column.setWidth(FlowTableModel.WIDTHS.get(i));
            table.getColumns().add(column);
            columns.add(column);
        }
        table.setAttribute("header-option", "", true);
        table.getHeader().add(headingRow(table, columns, FlowTableModel.headings(view, text)));
        boolean outline = parent.getDocument().hasAttribute(OUTLINE_ATTRIBUTE);
        for (FlowTableModel.GroupBlock block : outline ? List.<FlowTableModel.GroupBlock>of() : FlowTableModel.build(groups, text)) {
            for (int i = 0; i < block.rows().size(); i++) {
                Row row = createTableRow(table);
                if (i == 0) {
                    Map<String, Object> span = new HashMap<>();
                    if (block.rows().size() > 1) {
                        span.put("rowspan", block.rows().size());
                    }
                    row.getCells().add(createTableCell(columns.get(0), block.cell(), span));
                }
                List<String> cells = block.rows().get(i).cells();
                for (int c = 0; c < cells.size(); c++) {
                    row.getCells().add(createTableCell(columns.get(c + 1), cells.get(c)));
                }
                table.getBody().add(row);
            }
        }
        table.assignColumnWidths();
        return table;
    }

    private Row headingRow(Table table, List<Column> columns, List<String> texts) {
        Row row = createTableRow(table);
        for (int i = 0; i < texts.size(); i++) {
            Cell cell = createTableCell(columns.get(i), texts.get(i));
            row.getCells().add(cell);
        }
        return row;
    }
}
