package dev.flowdoc.render.pdf;

import dev.flowdoc.model.RefKind;
import dev.flowdoc.view.Cell;
import dev.flowdoc.view.Line;
import dev.flowdoc.view.Part;
import java.util.ArrayList;
import java.util.List;

/**
 * The view's inline parts as spans: words as they are, annotations and note labels in bold, references as their
 * labels; group and flow references link to their anchors (links whose target is not in the document stay plain).
 */
final class InlineText {
    private final PdfFonts fonts;

    InlineText(PdfFonts fonts) {
        this.fonts = fonts;
    }

    /** A cell: one paragraph of spans per line. */
    TextBlock cell(Cell cell, float size) {
        List<List<Span>> lines = new ArrayList<>();
        for (Line line : cell.lines()) {
            lines.add(spans(line.parts(), size));
        }
        return new TextBlock(lines, 1);
    }

    List<Span> spans(List<Part> parts, float size) {
        List<Span> out = new ArrayList<>();
        for (Part part : parts) {
            if (part instanceof Part.Text t) {
                out.add(new Span(t.text(), fonts.regular(), size));
            } else if (part instanceof Part.Ref r) {
                String link = r.kind() == RefKind.FLOW || r.kind() == RefKind.GROUP ? r.kind().key() + "-" + r.id() : null;
                out.add(new Span(r.label(), fonts.regular(), size, link));
            } else if (part instanceof Part.Annotations a) {
                out.add(new Span(a.text(), fonts.bold(), size));
            } else if (part instanceof Part.Note n) {
                out.add(new Span(n.label() + ": ", fonts.bold(), size));
                out.addAll(spans(n.parts(), size));
            } else if (part instanceof Part.Pending p) {
                out.add(new Span(" (" + p.text() + ")", fonts.regular(), size));
            }
        }
        return out;
    }
}
