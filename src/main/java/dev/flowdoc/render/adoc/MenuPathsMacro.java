package dev.flowdoc.render.adoc;

import dev.flowdoc.model.Project;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.asciidoctor.ast.Block;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.BlockMacroProcessor;

/** {@code menupaths::all[]}: the page of admin-UI menu paths, in the page's language (see {@link MenuPathsSource}). */
public final class MenuPathsMacro extends BlockMacroProcessor {
    public static final String NAME = "menupaths";

    private final Project project;
    private final CellText text;

    public MenuPathsMacro(Project project, CellText text) {
        super(NAME);
        this.project = project;
        this.text = text;
    }

    @Override
    public StructuralNode process(StructuralNode parent, String target, Map<String, Object> attributes) {
        Map<String, Object> attrs = new HashMap<>();
        attrs.put("role", NAME);
        Block block = createBlock(parent, "open", List.of(), attrs);
        parseContent(block, List.of(MenuPathsSource.write(project, text).split("\n", -1)));
        return block;
    }
}
