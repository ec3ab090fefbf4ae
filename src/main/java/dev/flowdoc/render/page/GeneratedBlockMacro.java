package dev.flowdoc.render.page;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.asciidoctor.ast.Block;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.BlockMacroProcessor;

/**
 * A block macro whose content is AsciiDoc source made from the data ({@code releasechanges::all[]} from
 * {@link ReleaseChangesSource}, {@code menupaths::all[]} from {@link MenuPathsSource}; data text is escaped there).
 * The source is parsed into an open block, so the HTML and the generated AsciiDoc of the page show the same.
 */
public final class GeneratedBlockMacro extends BlockMacroProcessor {
    private final Supplier<String> source;
    private final MacroCalls calls;

    /** {@code calls}: where each call is recorded while a page is converted (null: not recorded). */
    public GeneratedBlockMacro(String name, Supplier<String> source, MacroCalls calls) {
        super(name);
        this.source = source;
        this.calls = calls;
    }

    /** The output of a call as {@link MacroCalls} records it: the AsciiDoc made from the data this macro has now. */
    String output() {
        return source.get();
    }

    @Override
    public StructuralNode process(StructuralNode parent, String target, Map<String, Object> attributes) {
        String generated = source.get();
        calls.record(getName(), target, null, generated);
        Map<String, Object> attrs = new HashMap<>();
        attrs.put("role", getName());
        Block block = createBlock(parent, "open", List.of(), attrs);
        parseContent(block, List.of(generated.split("\n", -1)));
        return block;
    }
}
