package dev.flowdoc.render.pdf;

import dev.flowdoc.view.FlowRow;
import dev.flowdoc.view.GroupBlock;
import dev.flowdoc.view.Line;
import dev.flowdoc.view.Part;
import java.util.ArrayList;
import java.util.List;

/** The cells both PDFs show for a flow and a group, drawn from the view: what they say is the view's. */
final class FlowCells {
    static final float SIZE = 7.5f;

    private final PdfFonts fonts;
    private final InlineText inline;

    FlowCells(PdfFonts fonts) {
        this.fonts = fonts;
        this.inline = new InlineText(fonts);
    }

    Cell header(String words) {
        return Cell.text(TextBlock.of(new Span(words, fonts.bold(), SIZE)));
    }

    Cell ports(FlowRow row) {
        return Cell.text(inline.cell(row.ports(), SIZE));
    }

    /** Ports before → after, for a flow whose ports change between two releases. */
    Cell portsChanged(FlowRow before, FlowRow after) {
        List<List<Span>> lines = new ArrayList<>();
        before.ports().lines().forEach(l -> lines.add(inline.spans(l.parts(), SIZE)));
        lines.add(List.of(new Span("→", fonts.regular(), SIZE)));
        after.ports().lines().forEach(l -> lines.add(inline.spans(l.parts(), SIZE)));
        return Cell.text(new TextBlock(lines, 1));
    }

    Cell source(FlowRow row) {
        return Cell.text(inline.cell(row.source(), SIZE));
    }

    Cell destination(FlowRow row) {
        return Cell.text(inline.cell(row.destination(), SIZE));
    }

    /** The direction column: "eingehend", "intern", "in beide Richtungen". */
    Cell direction(FlowRow row) {
        return Cell.text(inline.cell(row.directionCell(), SIZE));
    }

    Cell description(FlowRow row) {
        return Cell.text(inline.cell(row.description(), SIZE));
    }

    /** The group's band: its title in bold and larger, then its annotations and notes as the view has them. */
    Cell band(GroupBlock group) {
        return band(group, null);
    }

    /** The same with one more paragraph at its end ({@code more}, null for none): what a checklist asks of the group. */
    Cell band(GroupBlock group, String more) {
        List<List<Span>> paragraphs = new ArrayList<>();
        for (Line line : group.cell().lines()) {
            boolean title = paragraphs.isEmpty();
            List<Span> spans = new ArrayList<>();
            for (Span s : inline.spans(line.parts(), title ? SIZE + 1.5f : SIZE)) {
                spans.add(title && !line.parts().isEmpty() && !(line.parts().get(0) instanceof Part.Note)
                        ? new Span(s.text(), fonts.bold(), s.size(), s.link()) : s);
            }
            paragraphs.add(spans);
        }
        if (more != null) {
            paragraphs.add(List.of(new Span(more, fonts.regular(), SIZE)));
        }
        return Cell.text(new TextBlock(paragraphs, 2));
    }
}
