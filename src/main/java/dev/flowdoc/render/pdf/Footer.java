package dev.flowdoc.render.pdf;

/** The footer of every page: the document title on the left, "Seite 3 von 5" on the right, above a rule. */
final class Footer {
    private static final float SIZE = 7.5f;
    private static final float BASELINE = 26;

    private Footer() {}

    static void draw(PageFlow flow, PdfFonts fonts, String title, String pageLabel) {
        float right = flow.left() + flow.width();
        flow.line(flow.left(), BASELINE + 10, right, BASELINE + 10, 0.6f);
        float labelWidth = TextBlock.measure(pageLabel, fonts.regular(), SIZE);
        // no footer line holds more than a few hundred characters: cut a long title first, then by measure
        String shown = title.length() > 300 ? title.substring(0, title.offsetByCodePoints(0, Math.min(300, title.codePointCount(0, title.length())))) + "…" : title;
        while (TextBlock.measure(shown, fonts.regular(), SIZE) > flow.width() - labelWidth - 20 && shown.length() > 4) {
            int cut = shown.offsetByCodePoints(shown.length() - 1, -1);
            shown = shown.substring(0, cut) + "…";
        }
        flow.text(shown, fonts.regular(), SIZE, flow.left(), BASELINE);
        flow.text(pageLabel, fonts.regular(), SIZE, right - labelWidth, BASELINE);
    }
}
