package dev.flowdoc.render.adoc;

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

    public GeneratedBlockMacro(String name, Supplier<String> source) {
        super(name);
        this.source = source;
    }

    @Override
    public StructuralNode process(StructuralNode parent, String target, Map<String, Object> attributes) {
        Map<String, Object> attrs = new HashMap<>();
        attrs.put("role", getName());
        Block block = createBlock(parent, "open", List.of(), attrs);
        parseContent(block, List.of(source.get().split("\n", -1)));
        return block;
    }
}
