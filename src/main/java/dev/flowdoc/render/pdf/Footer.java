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
        String shown = title;
        while (TextBlock.measure(shown, fonts.regular(), SIZE) > flow.width() - labelWidth - 20 && shown.length() > 4) {
            shown = shown.substring(0, shown.length() - 2) + "…";
        }
        flow.text(shown, fonts.regular(), SIZE, flow.left(), BASELINE);
        flow.text(pageLabel, fonts.regular(), SIZE, right - labelWidth, BASELINE);
    }
}
