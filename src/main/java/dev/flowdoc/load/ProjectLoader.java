package dev.flowdoc.load;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flowdoc.model.Chapter;
import dev.flowdoc.model.Deployment;
import dev.flowdoc.model.Endpoint;
import dev.flowdoc.model.Flow;
import dev.flowdoc.model.Glossary;
import dev.flowdoc.model.Group;
import dev.flowdoc.model.Location;
import dev.flowdoc.model.MenuEntry;
import dev.flowdoc.model.Product;
import dev.flowdoc.model.Project;
import dev.flowdoc.model.Release;
import dev.flowdoc.model.Text;
import dev.flowdoc.model.Version;
import dev.flowdoc.model.Zone;
import dev.flowdoc.diag.Problems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Loads data/*.json: each file is parsed with positions and checked against its schema. An entry (group, flow,
 * endpoint, menu entry, chapter) that violates the schema is reported and left out; the model is built from the rest,
 * so that validation can report the other problems in the same run ({@link #skippedIds()} names what was left out).
 * A file that cannot be read as a whole, or violates the schema outside its entries, leaves no model.
 */
public final class ProjectLoader {
    public static final String DATA = "data";
    private static final List<String> REQUIRED = List.of("product", "endpoints", "flows");
    private static final List<String> OPTIONAL = List.of("menu", "chapters", "zones");

    private final Path root;
    /** Pointers of the entries left out because they violate the schema, and the ids they carried. */
    private final java.util.Set<String> skipped = new java.util.HashSet<>();
    private final java.util.Set<String> skippedIds = new java.util.TreeSet<>();
    /** Where the values of the left-out entries stand (each value's start), to tell their problems from the others'. */
    private final java.util.Set<Location> leftOutValues = new java.util.HashSet<>();
    /** The project as loaded, with its documents: {@link #asWritten()} builds it again with the left-out entries. */
    private Project loaded;
    private JsonDocument endpointsDoc;
    private JsonDocument flowsDoc;
    private JsonDocument menuDoc;
    private JsonDocument chaptersDoc;
    /** True while {@link #asWritten()} reads the left-out entries too. */
    private boolean asWritten;

    public ProjectLoader(Path root) {
        this.root = root;
    }

    /** The ids of the entries the last {@link #load} left out (schema violations); empty when every file conforms. */
    public java.util.Set<String> skippedIds() {
        return java.util.Collections.unmodifiableSet(skippedIds);
    }

    public Optional<Project> load(Problems problems) {
        Path data = root.resolve(DATA);
        if (!Files.isDirectory(root)) {
            problems.error(Location.of(root.toString()), "the project folder does not exist",
                    "pass --project DIR with the folder that holds data/ and content/, or run flowdoc in it");
            return Optional.empty();
        }
        if (!Files.isDirectory(data)) {
            problems.error(Location.of(DATA + "/"), "the project has no data folder",
                    "run flowdoc in the project folder or pass --project DIR; the folder holds data/flows.json and friends");
            return Optional.empty();
        }
        boolean ok = true;
        JsonDocument product = null;
        JsonDocument endpoints = null;
        JsonDocument flows = null;
        JsonDocument menu = null;
        JsonDocument chapters = null;
        JsonDocument zones = null;
        for (String name : concat(REQUIRED, OPTIONAL)) {
            Path file = data.resolve(name + ".json");
            String display = DATA + "/" + name + ".json";
            if (!Files.exists(file)) {
                if (REQUIRED.contains(name)) {
                    problems.error(Location.of(display), "the file is missing",
                            "every project has data/product.json, data/endpoints.json and data/flows.json");
                    ok = false;
                }
                continue;
            }
            Optional<JsonDocument> doc = JsonDocument.read(file, display, problems);
            if (doc.isEmpty() || !salvage(doc.get(), name, SchemaCheck.violations(doc.get(), name, problems))) {
                ok = false;
                continue;
            }
            switch (name) {
                case "product" -> product = doc.get();
                case "endpoints" -> endpoints = doc.get();
                case "flows" -> flows = doc.get();
                case "menu" -> menu = doc.get();
                case "zones" -> zones = doc.get();
                default -> chapters = doc.get();
            }
        }
        Optional<Deployment> deployment = new DeploymentLoader(data).load(problems);
        if (!ok || deployment.isEmpty()) {
            return Optional.empty();
        }
        Optional<Product> p = product(product, problems);
        if (p.isEmpty()) {
            return Optional.empty();
        }
        // a broken glossary is reported; the rest of the project is still checked
        Glossary glossary = GlossaryLoader.load(root, problems).orElse(Glossary.EMPTY);
        endpointsDoc = endpoints;
        flowsDoc = flows;
        menuDoc = menu;
        chaptersDoc = chapters;
        loaded = new Project(root, p.get(), endpoints(endpoints), menu(menu), chapters(chapters), groups(flows),
                deployment.get()).withGlossary(glossary).withZones(zones(zones));
        return Optional.of(loaded);
    }

    /**
     * The project with the entries {@link #load} left out read back in as far as their raw JSON allows (an entry whose
     * values cannot be read at all, e.g. without an id or a German text, stays out), for the checks that still make
     * sense on them: references, ports, versions, characters. Empty when nothing was left out or nothing was loaded.
     * Only problems {@link #inLeftOut at the left-out entries' values} are meant to be taken from it.
     */
    public Optional<Project> asWritten() {
        if (loaded == null || skipped.isEmpty()) {
            return Optional.empty();
        }
        asWritten = true;
        try {
            return Optional.of(new Project(root, loaded.product(), endpoints(endpointsDoc), menu(menuDoc), chapters(chaptersDoc),
                    groups(flowsDoc), loaded.deployment()).withGlossary(loaded.glossary()).withZones(loaded.zones()));
        } catch (RuntimeException unreadable) {
            return Optional.empty(); // the left-out entries do not make a project: their schema errors stand alone
        } finally {
            asWritten = false;
        }
    }

    /** True when {@code where} is the start of a value inside an entry the last {@link #load} left out. */
    public boolean inLeftOut(Location where) {
        return leftOutValues.contains(where);
    }

    /**
     * False for an entry to leave out: while loading, the entries that violate the schema; while reading the project
     * as written, the left-out entries whose values cannot be read ({@code read} fails on them).
     */
    private <T> boolean keep(JsonDocument doc, String at, java.util.function.Supplier<T> read, List<T> into) {
        if (!skips(doc, at)) {
            into.add(read.get());
            return true;
        }
        if (!asWritten) {
            return false;
        }
        try {
            into.add(read.get());
            return true;
        } catch (RuntimeException unreadable) {
            return false; // a value of another type than the schema's, a missing id: the schema's message says it
        }
    }

    /**
     * Marks the entries holding {@code violations} as skipped; false when a violation lies outside every entry
     * (the file's structure itself), and the file gives no model.
     */
    private boolean salvage(JsonDocument doc, String name, List<String> violations) {
        List<String> entries = new ArrayList<>();
        for (String pointer : violations) {
            Optional<String> entry = entryOf(name, pointer);
            if (entry.isEmpty()) {
                return false;
            }
            entries.add(entry.get());
        }
        for (String entry : entries) {
            skipped.add(doc.file() + "#" + entry);
            JsonNode node = doc.root().at(entry);
            node.findValues("id").stream().filter(JsonNode::isTextual).forEach(id -> skippedIds.add(id.asText()));
            leftOutValues.addAll(doc.locationsUnder(entry));
        }
        return true;
    }

    /** The entry a schema violation at {@code pointer} belongs to: the innermost group, flow, endpoint, menu entry or chapter. */
    static Optional<String> entryOf(String name, String pointer) {
        java.util.regex.Matcher m = switch (name) {
            case "flows" -> java.util.regex.Pattern.compile("^(/groups/\\d+(?:/flows/\\d+)?)(?:/.*)?$").matcher(pointer);
            case "endpoints" -> java.util.regex.Pattern.compile("^(/endpoints/\\d+)(?:/.*)?$").matcher(pointer);
            case "chapters" -> java.util.regex.Pattern.compile("^(/chapters/\\d+)(?:/.*)?$").matcher(pointer);
            case "menu" -> java.util.regex.Pattern.compile("^(/menu/\\d+(?:/children/\\d+)*)(?:/.*)?$").matcher(pointer);
            default -> null;
        };
        return m != null && m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private boolean skips(JsonDocument doc, String pointer) {
        return skipped.contains(doc.file() + "#" + pointer);
    }

    private static Optional<Product> product(JsonDocument doc, Problems problems) {
        JsonNode n = doc.root();
        List<Release> releases = new ArrayList<>();
        JsonNode list = n.get("releases");
        boolean ok = true;
        for (int i = 0; i < list.size(); i++) {
            JsonNode r = list.get(i);
            String at = "/releases/" + i + "/version";
            Optional<Version> v = Version.parse(r.get("version").asText());
            if (v.isEmpty()) {
                problems.error(doc.at(at), "release version '" + r.get("version").asText() + "' is not of the form x.y.z",
                        "write three numbers, e.g. 13.0.0");
                ok = false;
                continue;
            }
            String dateText = JsonValues.text(r, "date");
            java.time.LocalDate date = null;
            if (dateText != null) {
                try {
                    date = java.time.LocalDate.parse(dateText);
                } catch (java.time.format.DateTimeParseException e) {
                    problems.error(doc.at("/releases/" + i + "/date"), "release " + v.get() + ": '" + dateText + "' is not a calendar day",
                            "write the release day as yyyy-mm-dd, e.g. 2025-06-02");
                    ok = false;
                    continue;
                }
            }
            releases.add(new Release(v.get(), date, r.path("published").asBoolean(false), doc.at("/releases/" + i)));
        }
        return ok ? Optional.of(new Product(n.get("id").asText(), n.get("name").asText(), releases, doc.at(""))) : Optional.empty();
    }

    /** The zones of data/zones.json; {@link Zone#DEFAULTS} without the file. */
    private static List<Zone> zones(JsonDocument doc) {
        if (doc == null) {
            return Zone.DEFAULTS;
        }
        List<Zone> out = new ArrayList<>();
        JsonNode list = doc.root().get("zones");
        for (int i = 0; i < list.size(); i++) {
            JsonNode z = list.get(i);
            String at = "/zones/" + i;
            String id = z.get("id").asText();
            out.add(new Zone(id, JsonValues.localized(doc, at + "/label"), JsonValues.localized(doc, at + "/meaning"),
                    z.path("internet").asBoolean(Zone.defaultInternet(id)), z.path("appliance").asBoolean(Zone.defaultAppliance(id)),
                    doc.at(at)));
        }
        return out;
    }

    private List<Endpoint> endpoints(JsonDocument doc) {
        List<Endpoint> out = new ArrayList<>();
        JsonNode list = doc.root().get("endpoints");
        for (int i = 0; i < list.size(); i++) {
            JsonNode e = list.get(i);
            String at = "/endpoints/" + i;
            keep(doc, at, () -> new Endpoint(e.get("id").asText(), JsonValues.localized(doc, at + "/label"), JsonValues.text(e, "host"),
                    e.path("any").asBoolean(false), e.get("zone").asText(), doc.at(at), doc.at(at + "/zone"),
                    e.has("any") ? doc.at(at + "/any") : null), out);
        }
        return out;
    }

    private List<MenuEntry> menu(JsonDocument doc) {
        List<MenuEntry> out = new ArrayList<>();
        if (doc != null) {
            menuEntries(doc, doc.root().get("menu"), "/menu", List.of(), out);
        }
        return out;
    }

    private void menuEntries(JsonDocument doc, JsonNode list, String at, List<String> parents, List<MenuEntry> out) {
        for (int i = 0; i < list.size(); i++) {
            JsonNode e = list.get(i);
            String here = at + "/" + i;
            List<String> path = new ArrayList<>(parents);
            if (!keep(doc, here, () -> {
                path.add(e.get("label").asText());
                return new MenuEntry(e.get("id").asText(), e.get("label").asText(), path, JsonValues.text(e, "since"), doc.at(here));
            }, out)) {
                continue;
            }
            if (e.has("children") && e.get("children").isArray()) {
                menuEntries(doc, e.get("children"), here + "/children", path, out);
            }
        }
    }

    private List<Chapter> chapters(JsonDocument doc) {
        List<Chapter> out = new ArrayList<>();
        if (doc == null) {
            return out;
        }
        JsonNode list = doc.root().get("chapters");
        for (int i = 0; i < list.size(); i++) {
            JsonNode c = list.get(i);
            String at = "/chapters/" + i;
            keep(doc, at, () -> new Chapter(c.get("id").asText(), JsonValues.localized(doc, at + "/title"), c.get("page").asText(),
                    JsonValues.text(c, "anchor"), doc.at(at)), out);
        }
        return out;
    }

    private List<Group> groups(JsonDocument doc) {
        List<Group> out = new ArrayList<>();
        JsonNode list = doc.root().get("groups");
        for (int i = 0; i < list.size(); i++) {
            JsonNode g = list.get(i);
            String at = "/groups/" + i;
            keep(doc, at, () -> group(doc, g, at), out);
        }
        return out;
    }

    private Group group(JsonDocument doc, JsonNode g, String at) {
        List<Text> notes = new ArrayList<>();
        if (g.has("notes")) {
            for (int k = 0; k < g.get("notes").size(); k++) {
                notes.add(JsonValues.localized(doc, at + "/notes/" + k));
            }
        }
        List<Flow> flows = new ArrayList<>();
        for (int k = 0; k < g.get("flows").size(); k++) {
            String flow = at + "/flows/" + k;
            JsonNode f = g.get("flows").get(k);
            keep(doc, flow, () -> FlowReader.flow(doc, f, flow), flows);
        }
        return new Group(g.get("id").asText(), JsonValues.localized(doc, at + "/title"), FlowReader.requirement(g),
                JsonValues.localized(doc, at + "/requiredWhen"), notes, JsonValues.text(g, "since"), JsonValues.text(g, "removed"), flows, FlowReader.condition(doc, at),
                g.path("oneOf").asBoolean(false), doc.at(at));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
