package dev.flowdoc.render.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flowdoc.model.Language;
import dev.flowdoc.model.Messages;
import dev.flowdoc.render.export.FlowsJson;
import dev.flowdoc.view.FlowRow;
import dev.flowdoc.view.delta.Action;
import dev.flowdoc.view.delta.DeltaRow;
import dev.flowdoc.view.delta.DeltaView;
import dev.flowdoc.view.delta.ReleaseHistory;
import dev.flowdoc.view.delta.ReleaseHistory.Step;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * releases.json at the site's root, for automation that polls what changes: every release up to the documented one
 * with its date, its site folder and flows.json (site paths, relative to the root; null for a release without a site)
 * and the delta to the next release (open / change / close: flow ids, ports as data and as text, notes, both
 * languages). Keys are English and stable; the shape is data/schema/releases.schema.json.
 */
public final class ReleasesJson {
    /** Bumped when the shape of this file changes incompatibly. */
    public static final int FORMAT = 1;
    public static final String PATH = "releases.json";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReleasesJson() {}

    /** {@code words}: the theme's words per language (the deltas' titles). */
    public static String write(ReleaseLinks sites, Map<Language, Messages> words) {
        ReleaseHistory history = sites.history();
        ObjectNode root = MAPPER.createObjectNode();
        root.put("$schema", "https://flowdoc.dev/schema/releases.schema.json");
        root.put("format", FORMAT);
        root.put("productId", history.productId());
        root.put("product", history.product());
        root.put("documented", history.documented().toString());
        ArrayNode languages = root.putArray("languages");
        for (Language l : Language.values()) {
            languages.add(l.code());
        }
        ObjectNode feeds = root.putObject("feeds");
        for (Language l : Language.values()) {
            feeds.put(l.code(), ChangesAtom.path(l));
        }
        ArrayNode releases = root.putArray("releases");
        for (Step step : history.steps()) {
            ObjectNode r = releases.addObject();
            r.put("version", step.version().toString());
            r.put("date", step.date() == null ? null : step.date().toString());
            r.put("published", step.published());
            String folder = sites.folder(step).orElse(null);
            r.put("site", folder);
            r.put("flows", folder == null ? null : folder + "flows.json");
            ObjectNode pages = r.putObject("pages");
            for (Language l : Language.values()) {
                pages.put(l.code(), folder == null ? null : folder + l.code() + "/" + sites.mainPage(l));
            }
            Step next = history.next(step);
            r.set("next", next == null ? null : delta(next, sites, words));
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The delta into {@code next}: its version, where the pages tell it, and its entries per action. */
    private static ObjectNode delta(Step next, ReleaseLinks sites, Map<Language, Messages> words) {
        ObjectNode d = MAPPER.createObjectNode();
        d.put("version", next.version().toString());
        d.set("title", words(l -> words.get(l).format("changes.heading", next.into(l).from(), next.into(l).to())));
        d.set("changes", words(l -> sites.changesPath(next, l)));
        DeltaView source = next.into(Language.SOURCE);
        d.put("empty", source.rows().isEmpty());
        for (Action action : Action.values()) {
            ArrayNode entries = d.putArray(action.key());
            List<DeltaRow> rows = source.rows(action);
            for (int i = 0; i < rows.size(); i++) {
                entries.add(entry(next, action, i));
            }
        }
        return d;
    }

    private static ObjectNode entry(Step next, Action action, int index) {
        DeltaView source = next.into(Language.SOURCE);
        DeltaRow row = source.rows(action).get(index);
        Function<Language, DeltaRow> in = l -> {
            DeltaRow r = next.into(l).rows(action).get(index);
            if (!r.flowId().equals(row.flowId())) {
                throw new IllegalStateException("the languages' deltas differ at " + row.flowId());
            }
            return r;
        };
        ObjectNode e = MAPPER.createObjectNode();
        e.put("flow", row.flowId());
        e.put("anchor", row.anchor());
        e.put("group", row.groupId());
        e.set("groupTitle", words(l -> in.apply(l).group()));
        e.set("name", words(l -> in.apply(l).name()));
        FlowRow after = action == Action.CLOSE ? null : source.open().row(row.flowId()).orElseThrow();
        // a change of the requirement alone keeps the ports: the delta has no row before then
        FlowRow before = action == Action.OPEN ? null
                : action == Action.CLOSE ? source.close().row(row.flowId()).orElseThrow()
                : source.before(row.flowId()).orElse(after);
        e.set("portsBefore", before == null ? null : FlowsJson.ports(before.portSpecs()));
        e.set("portsAfter", after == null ? null : FlowsJson.ports(after.portSpecs()));
        e.set("portsText", words(l -> in.apply(l).ports()));
        e.set("source", words(l -> in.apply(l).source()));
        e.set("destination", words(l -> in.apply(l).destination()));
        e.set("description", words(l -> in.apply(l).descriptionText()));
        e.set("note", row.note().isEmpty() ? null : words(l -> in.apply(l).noteText()));
        return e;
    }

    /** The same words in every language: {"de": …, "en": …}. */
    private static ObjectNode words(Function<Language, String> words) {
        ObjectNode n = MAPPER.createObjectNode();
        for (Language l : Language.values()) {
            n.put(l.code(), words.apply(l));
        }
        return n;
    }
}
