package dev.flowdoc.render.pdf;

/**
 * What a table cell holds: text, or form fields. Widths are inner widths (the table adds the padding). A cell of a
 * prose table may span columns and rows; the slots it covers are {@link #covered()} cells, drawn empty and absent
 * from the document's structure.
 */
interface Cell {
    float height(float width);

    void draw(PageFlow flow, float x, float yTop, float width);

    /** Columns this cell spans in the structure (the layout draws it in its first column). */
    default int colspan() {
        return 1;
    }

    default int rowspan() {
        return 1;
    }

    static Cell text(TextBlock block) {
        return text(block, 1, 1);
    }

    static Cell text(TextBlock block, int colspan, int rowspan) {
        return new Cell() {
            @Override
            public float height(float width) {
                return block.height(width);
            }

            @Override
            public void draw(PageFlow flow, float x, float yTop, float width) {
                block.draw(flow, x, yTop, width);
            }

            @Override
            public int colspan() {
                return colspan;
            }

            @Override
            public int rowspan() {
                return rowspan;
            }
        };
    }

    /** A slot covered by a cell spanning columns or rows: nothing drawn, no structure element. */
    static Cell covered() {
        return Covered.INSTANCE;
    }

    enum Covered implements Cell {
        INSTANCE;

        @Override
        public float height(float width) {
            return 0;
        }

        @Override
        public void draw(PageFlow flow, float x, float yTop, float width) {}
    }
}
