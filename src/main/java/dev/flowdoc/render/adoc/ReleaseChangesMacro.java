package dev.flowdoc.render.adoc;

import dev.flowdoc.model.Project;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.asciidoctor.ast.Block;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.BlockMacroProcessor;

/**
 * {@code releasechanges::all[]}: the upgrade page's list of changes release by release, in the page's language.
 * The source comes from {@link ReleaseChangesSource} (data text escaped there) and is parsed into an open block,
 * so the generated AsciiDoc and the HTML show the same.
 */
public final class ReleaseChangesMacro extends BlockMacroProcessor {
    public static final String NAME = "releasechanges";
    /** The only target: every pair of consecutive releases up to the documented one. */
    public static final String ALL = "all";

    private final Project project;
    private final CellText text;

    public ReleaseChangesMacro(Project project, CellText text) {
        super(NAME);
        this.project = project;
        this.text = text;
    }

    @Override
    public StructuralNode process(StructuralNode parent, String target, Map<String, Object> attributes) {
        Map<String, Object> attrs = new HashMap<>();
        attrs.put("role", NAME);
        Block block = createBlock(parent, "open", List.of(), attrs);
        parseContent(block, List.of(ReleaseChangesSource.write(project, text).split("\n", -1)));
        return block;
    }
}
