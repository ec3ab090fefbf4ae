package dev.flowdoc.render.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Paragraphs of spans, wrapped at spaces to a width (a word wider than the width is broken between characters).
 * The one place where text is measured and placed, for every cell and heading of both PDFs.
 */
final class TextBlock {
    static final float LEADING = 1.25f;

    record Word(String text, PDFont font, float size, String link, float width, boolean spaceBefore) {}

    record Line(List<Word> words, float height) {}

    private final List<List<Span>> paragraphs;
    private final float paragraphGap;
    private float wrappedWidth;
    private List<List<Line>> wrapped;

    TextBlock(List<List<Span>> paragraphs, float paragraphGap) {
        this.paragraphs = paragraphs.stream().map(List::copyOf).toList();
        this.paragraphGap = paragraphGap;
    }

    static TextBlock of(Span... spans) {
        return new TextBlock(List.of(List.of(spans)), 0);
    }

    static TextBlock lines(PDFont font, float size, List<String> texts) {
        return new TextBlock(texts.stream().map(t -> List.of(new Span(t, font, size))).toList(), 0);
    }

    float height(float width) {
        float h = 0;
        List<List<Line>> wrapped = wrapped(width);
        for (int p = 0; p < wrapped.size(); p++) {
            for (Line line : wrapped.get(p)) {
                h += line.height();
            }
            h += p < wrapped.size() - 1 ? paragraphGap : 0;
        }
        return h;
    }

    /** Draws from {@code yTop} downwards; returns the y below the last line. */
    float draw(PageFlow flow, float x, float yTop, float width) {
        float y = yTop;
        List<List<Line>> wrapped = wrapped(width);
        for (int p = 0; p < wrapped.size(); p++) {
            for (Line line : wrapped.get(p)) {
                drawLine(flow, line, x, y);
                y -= line.height();
            }
            y -= p < wrapped.size() - 1 ? paragraphGap : 0;
        }
        return y;
    }

    /**
     * The lines of every paragraph at {@code width}; the last answer is kept, as a cell is measured and then drawn
     * at the same width. A block belongs to one document, drawn by one thread.
     */
    private List<List<Line>> wrapped(float width) {
        if (wrapped == null || Float.floatToIntBits(wrappedWidth) != Float.floatToIntBits(width)) {
            List<List<Line>> lines = new ArrayList<>(paragraphs.size());
            for (List<Span> paragraph : paragraphs) {
                lines.add(wrap(paragraph, width));
            }
            wrapped = lines;
            wrappedWidth = width;
        }
        return wrapped;
    }

    /**
     * Draws a line as runs of one font and size; the words of a line that jump to the same anchor form one run of
     * their own (or several, by font) inside a Link element, and one link annotation over them.
     */
    private static void drawLine(PageFlow flow, Line line, float x, float yTop) {
        float cursor = x;
        StringBuilder run = new StringBuilder();
        Word runStyle = null;
        float runX = x;
        String linkTarget = null;
        float linkStart = 0;
        PDStructureElement linkElement = null;
        StringBuilder linkText = new StringBuilder();
        boolean links = !flow.inArtifact();
        for (Word w : line.words()) {
            float space = w.spaceBefore() ? spaceWidth(w) : 0;
            String target = links ? w.link() : null;
            boolean linkChanges = !Objects.equals(target, linkTarget);
            boolean sameStyle = runStyle != null && !linkChanges && runStyle.font() == w.font() && runStyle.size() == w.size();
            if (!sameStyle && runStyle != null) {
                flow.text(run.toString(), runStyle.font(), runStyle.size(), runX, baseline(yTop, line, runStyle));
                run.setLength(0);
            }
            if (linkChanges) {
                if (linkTarget != null) {
                    endLink(flow, linkElement, linkStart, linkTarget, linkText.toString(), cursor, yTop, line);
                }
                linkTarget = target;
                if (target != null) {
                    linkStart = cursor + space;
                    linkElement = flow.tagging().begin("Link");
                    linkText.setLength(0);
                }
            }
            if (!sameStyle) {
                runStyle = w;
                runX = cursor + space;
            } else if (w.spaceBefore()) {
                run.append(' ');
            }
            if (linkTarget != null) {
                linkText.append(linkText.length() > 0 && w.spaceBefore() ? " " : "").append(w.text());
            }
            run.append(w.text());
            cursor += space + w.width();
        }
        if (runStyle != null) {
            flow.text(run.toString(), runStyle.font(), runStyle.size(), runX, baseline(yTop, line, runStyle));
        }
        if (linkTarget != null) {
            endLink(flow, linkElement, linkStart, linkTarget, linkText.toString(), cursor, yTop, line);
        }
    }

    /** Closes the Link element and asks for one link annotation over the words of a line that jump to the same anchor. */
    private static void endLink(PageFlow flow, PDStructureElement element, float start, String target, String text,
                                float end, float yTop, Line line) {
        flow.tagging().end("Link");
        flow.link(start, yTop - line.height(), end - start, line.height(), target, element, text);
    }

    private static float baseline(float yTop, Line line, Word w) {
        return yTop - line.height() + (line.height() - w.size()) / 2 + w.size() * 0.22f;
    }

    /**
     * Fills lines word by word. Words that touch without a space ("NTP" and the ")." after a reference) move to
     * the next line together, unless together they are wider than a line.
     */
    List<Line> wrap(List<Span> spans, float width) {
        List<Line> lines = new ArrayList<>();
        List<Word> current = new ArrayList<>();
        float used = 0;
        for (List<Word> unit : units(words(spans))) {
            float unitWidth = 0;
            for (int i = 0; i < unit.size(); i++) {
                unitWidth += unit.get(i).width();
            }
            Word head = unit.get(0);
            float space = current.isEmpty() || !head.spaceBefore() ? 0 : spaceWidth(head);
            if (!current.isEmpty() && used + space + unitWidth > width && unitWidth <= width) {
                lines.add(line(current));
                current = new ArrayList<>();
                used = 0;
            }
            for (Word word : unit) {
                for (Word piece : breakLong(word, width)) {
                    float gap = current.isEmpty() || !piece.spaceBefore() ? 0 : spaceWidth(piece);
                    if (!current.isEmpty() && used + gap + piece.width() > width) {
                        lines.add(line(current));
                        current = new ArrayList<>();
                        used = 0;
                        gap = 0;
                    }
                    current.add(current.isEmpty() ? strip(piece) : piece);
                    used += gap + piece.width();
                }
            }
        }
        if (!current.isEmpty()) {
            lines.add(line(current));
        }
        return lines;
    }

    private static List<List<Word>> units(List<Word> words) {
        List<List<Word>> units = new ArrayList<>();
        for (Word w : words) {
            if (units.isEmpty() || w.spaceBefore()) {
                units.add(new ArrayList<>());
            }
            units.get(units.size() - 1).add(w);
        }
        return units;
    }

    private static Line line(List<Word> words) {
        float size = words.isEmpty() ? 8f : words.get(0).size();
        for (int i = 1; i < words.size(); i++) {
            if (Float.compare(words.get(i).size(), size) > 0) {
                size = words.get(i).size();
            }
        }
        // the list is the caller's no more (wrap starts a new one after each line)
        return new Line(java.util.Collections.unmodifiableList(words), size * LEADING);
    }

    private static Word strip(Word w) {
        return new Word(w.text(), w.font(), w.size(), w.link(), w.width(), false);
    }

    private static List<Word> words(List<Span> spans) {
        List<Word> out = new ArrayList<>();
        boolean pendingSpace = false;
        for (Span s : spans) {
            String text = s.text().replace('\n', ' ').replace('\t', ' ');
            int i = 0;
            while (i < text.length()) {
                if (text.charAt(i) == ' ') {
                    pendingSpace = true;
                    i++;
                    continue;
                }
                int end = text.indexOf(' ', i);
                end = end < 0 ? text.length() : end;
                // a character the span's font lacks comes in a fallback font: one word of several runs
                for (FontRuns.Run run : FontRuns.split(text.substring(i, end), s.font())) {
                    out.add(new Word(run.text(), run.font(), s.size(), s.link(), measure(run.text(), run.font(), s.size()), pendingSpace));
                    pendingSpace = false;
                }
                i = end;
            }
        }
        return out;
    }

    /**
     * A word wider than the width, in pieces that fit, preferring a break after a dot, hyphen or slash (host names,
     * paths); never between the halves of a character beyond the BMP. Linear in the word's length: each character is
     * measured once (widths add up, PDFBox does not kern).
     */
    private static List<Word> breakLong(Word w, float width) {
        if (w.width() <= width) {
            return List.of(w);
        }
        List<Word> out = new ArrayList<>();
        String t = w.text();
        int start = 0;
        int lastBreak = -1;
        float used = 0;
        for (int i = 0; i < t.length(); ) {
            int n = Character.charCount(t.codePointAt(i));
            float cw = measure(t.substring(i, i + n), w.font(), w.size());
            if (used + cw > width && i > start) {
                int cut = lastBreak > start ? lastBreak : i;
                out.add(piece(w, t.substring(start, cut), out.isEmpty()));
                start = cut;
                used = 0;
                lastBreak = -1;
                for (int k = start; k < i; k++) {
                    used += Character.isLowSurrogate(t.charAt(k)) ? 0 : measure(t.substring(k, k + Character.charCount(t.codePointAt(k))), w.font(), w.size());
                    if (k > start && ".-/".indexOf(t.charAt(k)) >= 0) {
                        lastBreak = k + 1;
                    }
                }
            }
            if (i > start && ".-/".indexOf(t.charAt(i)) >= 0) {
                lastBreak = i + 1;
            }
            used += cw;
            i += n;
        }
        out.add(piece(w, t.substring(start), out.isEmpty()));
        return out;
    }

    private static Word piece(Word w, String part, boolean first) {
        return new Word(part, w.font(), w.size(), w.link(), measure(part, w.font(), w.size()), first && w.spaceBefore());
    }

    private static float spaceWidth(Word w) {
        return measure(" ", w.font(), w.size());
    }

    /**
     * The width of {@code text} in points: the characters' widths as PDFBox gives them (kept per font and
     * character, see {@link FontRuns#units}), in the fonts {@link FontRuns#split} would draw them in.
     */
    static float measure(String text, PDFont font, float size) {
        return FontRuns.units(text, font) / 1000f * size;
    }
}
