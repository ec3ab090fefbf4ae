package dev.flowdoc.render.pdf;

/** What a table cell holds: text, or form fields. Widths are inner widths (the table adds the padding). */
interface Cell {
    float height(float width);

    void draw(PageFlow flow, float x, float yTop, float width);

    static Cell text(TextBlock block) {
        return new Cell() {
            @Override
            public float height(float width) {
                return block.height(width);
            }

            @Override
            public void draw(PageFlow flow, float x, float yTop, float width) {
                block.draw(flow, x, yTop, width);
            }
        };
    }
}
