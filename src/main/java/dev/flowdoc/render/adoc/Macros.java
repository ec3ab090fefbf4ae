package dev.flowdoc.render.adoc;

import dev.flowdoc.model.RefKind;
import java.util.List;

/**
 * The one registry of flowdoc's macro names: the Asciidoctor extensions register under them, the generated AsciiDoc
 * expands them, and the site asks whether a page names any (a page that names none shows nothing of the data).
 */
public final class Macros {
    public static final String FLOWTABLE = "flowtable";
    public static final String FLOWDIAGRAM = "flowdiagram";
    public static final String MENUPATH = "menupath";
    public static final String RELEASECHANGES = "releasechanges";
    public static final String MENUPATHS = "menupaths";
    public static final String ENDPOINTS = "endpoints";
    public static final String PROFILES = "profiles";
    /** The block macros whose output is AsciiDoc made from the data. */
    public static final List<String> GENERATED = List.of(RELEASECHANGES, MENUPATHS, ENDPOINTS, PROFILES);
    /** The reference macros (flow:ID[], group:ID[], chapter:ID[]). */
    public static final List<RefKind> REFS = List.of(RefKind.FLOW, RefKind.GROUP, RefKind.CHAPTER);

    private Macros() {}

    /** True when {@code source} names one of flowdoc's macros (a reference "flow:", a block "flowtable" …). */
    public static boolean named(String source) {
        if (REFS.stream().anyMatch(kind -> source.contains(kind.key() + ":"))) {
            return true;
        }
        return source.contains(FLOWTABLE) || source.contains(FLOWDIAGRAM) || source.contains(MENUPATH)
                || GENERATED.stream().anyMatch(source::contains);
    }

    /** The site path of a zone diagram's SVG file below the language folder: "flowdiagram-1.svg". */
    public static String diagramFile(int part) {
        return FLOWDIAGRAM + "-" + part + ".svg";
    }
}
