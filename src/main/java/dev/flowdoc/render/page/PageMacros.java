package dev.flowdoc.render.page;

import dev.flowdoc.model.Content;
import dev.flowdoc.model.Language;
import dev.flowdoc.model.Page;
import dev.flowdoc.model.Project;
import dev.flowdoc.model.RefKind;
import dev.flowdoc.render.Links;
import dev.flowdoc.render.adoc.AdocText;
import dev.flowdoc.render.adoc.EndpointsSource;
import dev.flowdoc.render.adoc.Macros;
import dev.flowdoc.render.adoc.MenuPathsSource;
import dev.flowdoc.render.adoc.ProfilesSource;
import dev.flowdoc.render.adoc.RefSyntax;
import dev.flowdoc.render.adoc.ReleaseChangesSource;
import dev.flowdoc.view.DocView;
import dev.flowdoc.view.Labels;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.asciidoctor.extension.BlockMacroProcessor;
import org.asciidoctor.extension.InlineMacroProcessor;

/**
 * flowdoc's macros of each language, made from the views without Asciidoctor: registered with Asciidoctor by
 * {@link PageConverter}, and able to make a recorded call again with their data ({@link #replay}), so that a page
 * converted earlier is checked without Asciidoctor.
 */
public final class PageMacros {
    final MacroCalls calls = new MacroCalls();
    private final Map<Language, Extensions> byLanguage = new EnumMap<>(Language.class);

    /** A macro made again from the current data: the output {@link MacroCalls} records, null where it cannot be. */
    private interface Remake {
        String output(String target, String text, String page);
    }

    /** One language's extensions and how each makes a call again. */
    record Extensions(List<BlockMacroProcessor> blocks, List<InlineMacroProcessor> inlines, Map<String, Remake> remakes) {}

    /** {@code diagrams}: each language's zone diagrams as inline SVG, laid out once per run (or taken from a memo). */
    public PageMacros(Map<Language, DocView> views, Content content, java.util.function.Function<Language, List<String>> diagrams) {
        Project project = views.get(Language.SOURCE).project();
        Links links = new Links(project, content);
        for (Language language : Language.values()) {
            DocView view = views.get(language);
            Labels labels = new Labels(project, view.words());
            AdocText cells = new AdocText(view.words(), RefSyntax.MACROS);
            List<BlockMacroProcessor> blocks = new ArrayList<>();
            List<InlineMacroProcessor> inlines = new ArrayList<>();
            Map<String, Remake> remake = new HashMap<>();
            FlowTableMacro table = new FlowTableMacro(view, new FlowTableHtml(project, links, language), calls);
            FlowDiagramMacro diagram = new FlowDiagramMacro(() -> diagrams.apply(language), calls);
            MenuPathMacro menuPath = new MenuPathMacro(project, links, language, calls);
            blocks.add(table);
            blocks.add(diagram);
            inlines.add(menuPath);
            remake.put(dev.flowdoc.render.adoc.Macros.FLOWTABLE, table::output);
            remake.put(dev.flowdoc.render.adoc.Macros.FLOWDIAGRAM, (target, text, page) -> diagram.output(target));
            remake.put(dev.flowdoc.render.adoc.Macros.MENUPATH, (target, text, page) -> menuPath.output(target, page));
            Map<String, Supplier<String>> generated = Map.of(
                    ReleaseChangesSource.MACRO, () -> ReleaseChangesSource.write(project, cells),
                    MenuPathsSource.MACRO, () -> MenuPathsSource.write(project, content, cells),
                    EndpointsSource.MACRO, () -> EndpointsSource.write(project, cells),
                    ProfilesSource.MACRO, () -> ProfilesSource.write(project, cells));
            for (String name : dev.flowdoc.render.adoc.Macros.GENERATED) {
                GeneratedBlockMacro macro = new GeneratedBlockMacro(name, generated.get(name), calls);
                blocks.add(macro);
                remake.put(name, (target, text, page) -> macro.output());
            }
            for (RefKind kind : dev.flowdoc.render.adoc.Macros.REFS) {
                RefMacro ref = new RefMacro(kind, labels, links, calls);
                inlines.add(ref);
                remake.put(kind.key(), ref::output);
            }
            byLanguage.put(language, new Extensions(List.copyOf(blocks), List.copyOf(inlines), Map.copyOf(remake)));
        }
    }

    Extensions of(Language language) {
        return byLanguage.get(language);
    }

    /**
     * The earlier conversion of the same page source made with this data, without Asciidoctor: present when every
     * macro call it recorded, made again now, gives the same output (tables and diagrams, which go in after
     * conversion, may differ and are put in anew). The body is then byte for byte what a conversion would give.
     */
    public Optional<MacroCalls.Recorded> replay(Page page, MacroCalls.Recorded earlier) {
        if (!earlier.reusable()) {
            return Optional.empty();
        }
        Map<String, Remake> remake = byLanguage.get(page.language()).remakes();
        List<MacroCalls.Call> now = new ArrayList<>(earlier.calls().size());
        for (MacroCalls.Call call : earlier.calls()) {
            Remake macro = remake.get(call.macro());
            String output = macro == null ? null : macro.output(call.target(), call.text(), page.name());
            if (output == null || (!call.spliced() && !output.equals(call.output()))) {
                return Optional.empty();
            }
            now.add(new MacroCalls.Call(call.macro(), call.target(), call.text(), output, call.splice()));
        }
        return Optional.of(earlier.withCalls(now));
    }
}
