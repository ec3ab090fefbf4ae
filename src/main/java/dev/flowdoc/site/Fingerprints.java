package dev.flowdoc.site;

import dev.flowdoc.model.Language;
import dev.flowdoc.model.Page;
import dev.flowdoc.view.Documentation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * What the inputs of one run are, as fingerprints (each made once) that the outputs name in their keys: the theme's
 * words, the data with the release, the whole theme with the build date, the structure of the pages.
 */
final class Fingerprints {
    private final Inputs inputs;
    private final Documentation docs;

    Fingerprints(Inputs inputs, Documentation docs) {
        this.inputs = inputs;
        this.docs = docs;
    }

    static String id(Page page) {
        return page.language().code() + "/" + page.name();
    }

    List<Page> allPages() {
        List<Page> all = new ArrayList<>();
        for (Language language : Language.values()) {
            all.addAll(inputs.content().pages(language));
        }
        return all;
    }

    private final Map<String, String> fingerprints = new HashMap<>();

    /** Made once; {@code of} may ask for other fingerprints (not inside computeIfAbsent: that would modify the map it runs in). */
    private synchronized String fingerprint(String name, Supplier<String> of) {
        String made = fingerprints.get(name);
        if (made == null) {
            made = Key.hash(of.get());
            fingerprints.put(name, made);
        }
        return made;
    }

    /** The theme's words per language, in a fixed order. */
    String words() {
        return fingerprint("words", () -> inputs.theme().messages().entrySet().stream()
                .map(e -> e.getKey() + "=" + new TreeMap<>(e.getValue().all())).sorted().collect(Collectors.joining("\n")));
    }

    /** The data as loaded and the release documented. */
    String data() {
        return fingerprint("data", () -> inputs.dataVersion() + "\u0000" + docs.project().release());
    }

    /** The whole theme (words, fonts, templates, assets) and the build date: what every PDF is made from besides the data. */
    String themeAndDate() {
        return fingerprint("theme", () -> {
            StringBuilder out = new StringBuilder(words()).append('\n').append(inputs.buildDate().toEpochMilli())
                    .append('\n').append(inputs.theme().declaredFonts());
            new TreeMap<>(inputs.theme().fonts()).forEach((name, bytes) -> out.append(name).append(Key.hash(new String(bytes, StandardCharsets.ISO_8859_1))));
            new TreeMap<>(inputs.theme().templates()).forEach((name, t) -> out.append(name).append('\u0000').append(t));
            new TreeMap<>(inputs.theme().assets()).forEach((name, bytes) -> out.append(name).append(Key.hash(new String(bytes, StandardCharsets.ISO_8859_1))));
            return out.toString();
        });
    }

    /**
     * Which page shows which flow tables, every page's title and the macros each page uses: links, navigation and the
     * page of menu paths (it lists the entries every page names) depend on them.
     */
    String structure() {
        return fingerprint("structure", () -> {
            StringBuilder out = new StringBuilder();
            for (Page page : allPages()) {
                out.append(id(page)).append(':').append(page.title()).append(':').append(page.flowTables())
                        .append(page.listsMenuPaths()).append(':');
                page.macros().forEach(m -> out.append(m.name()).append(m.block() ? "::" : ":").append(m.target()).append(' '));
                out.append('\n');
            }
            return out.toString();
        });
    }

    /** A language's zone diagrams as the pages show them (inline SVG), made from the data and the words. */}
