package dev.flowdoc.render.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.flowdoc.model.Language;
import java.util.List;

/**
 * The search index of a language as a script the page loads with {@code <script>} (a fetched JSON file fails from
 * file://): it sets {@code flowdocSearch.LANG} to the documents, each an array [kind, href, title, where, text].
 * The browser adds them to MiniSearch when the search field is first used; a prebuilt MiniSearch index would be
 * several times larger than the words it indexes, and tied to MiniSearch's serialisation format.
 */
public final class SearchIndexScript {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SearchIndexScript() {}

    /** The site path of a language's index, e.g. "assets/search-de.js". */
    public static String path(Language language) {
        return "assets/search-" + language.code() + ".js";
    }

    public static String write(Language language, List<SearchDoc> docs) {
        try {
            // one document a line: a diff of two builds shows what changed
            StringBuilder body = new StringBuilder("[");
            for (SearchDoc d : docs) {
                ArrayNode doc = JSON.createArrayNode()
                        .add(d.kind().code()).add(d.href()).add(d.title()).add(d.where()).add(d.text());
                body.append(body.length() > 1 ? ",\n" : "\n").append(JSON.writeValueAsString(doc));
            }
            body.append("\n]");
            return "/* flowdoc search index (" + language.code() + "), generated: do not edit */\n"
                    + "(window.flowdocSearch = window.flowdocSearch || {})." + language.code() + " = {\"docs\": "
                    + body.toString().replace("</", "<\\/") + "};\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
