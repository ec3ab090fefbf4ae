package dev.flowdoc.load;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flowdoc.model.Condition;
import dev.flowdoc.model.Deployment;
import dev.flowdoc.model.Location;
import dev.flowdoc.model.Option;
import dev.flowdoc.model.OptionRef;
import dev.flowdoc.model.Profile;
import dev.flowdoc.model.Text;
import dev.flowdoc.diag.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Loads the deployment side: data/options.json and data/profiles/*.json (both optional), each checked against its
 * schema first; and reads the conditions over the options, for the options' "requires" and for the groups and flows
 * of data/flows.json ({@link #condition}).
 */
final class DeploymentLoader {
    static final String OPTIONS = "options";
    static final String PROFILES = "profiles";

    private final Path data;

    DeploymentLoader(Path data) {
        this.data = data;
    }

    /** Empty if a file is unusable (its problems were reported). */
    Optional<Deployment> load(Problems problems) {
        boolean ok = true;
        List<Option> options = new ArrayList<>();
        Path optionsFile = data.resolve(OPTIONS + ".json");
        if (Files.exists(optionsFile)) {
            Optional<JsonDocument> doc = checked(optionsFile, ProjectLoader.DATA + "/" + OPTIONS + ".json", OPTIONS, problems);
            ok = doc.isPresent();
            doc.ifPresent(d -> options.addAll(options(d)));
        }
        List<Profile> profiles = new ArrayList<>();
        Map<String, Integer> order = new HashMap<>();
        for (Path file : profileFiles(problems)) {
            String name = file.getFileName().toString();
            String display = ProjectLoader.DATA + "/" + PROFILES + "/" + name;
            String id = name.substring(0, name.length() - ".json".length());
            if (!id.matches("[a-z0-9]+([.-][a-z0-9]+)*")) {
                problems.error(Location.of(display), "profile file name '" + name + "' is not a valid id",
                        "name profiles in lower-case letters and digits joined by '-', e.g. data/profiles/smarthost-cluster.json");
                ok = false;
                continue;
            }
            Optional<JsonDocument> doc = checked(file, display, "profile", problems);
            if (doc.isEmpty()) {
                ok = false;
                continue;
            }
            profiles.add(profile(id, doc.get()));
            if (doc.get().root().has("order")) {
                order.put(id, doc.get().root().get("order").asInt());
            }
        }
        // the writer's order ("order": 1, 2, …), then the rest alphabetically (the files are listed sorted)
        profiles.sort(Comparator.comparing((Profile p) -> order.getOrDefault(p.id(), Integer.MAX_VALUE)));
        if (!ok) {
            return Optional.empty();
        }
        return Optional.of(new Deployment(options, profiles));
    }

    private static Optional<JsonDocument> checked(Path file, String display, String schema, Problems problems) {
        Optional<JsonDocument> doc = JsonDocument.read(file, display, problems);
        return doc.isPresent() && SchemaCheck.check(doc.get(), schema, problems) ? doc : Optional.empty();
    }

    private List<Path> profileFiles(Problems problems) {
        Path dir = data.resolve(PROFILES);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            problems.error(Location.of(ProjectLoader.DATA + "/" + PROFILES + "/"), "cannot list the profiles (" + e + ")");
            return List.of();
        }
    }

    private static List<Option> options(JsonDocument doc) {
        List<Option> out = new ArrayList<>();
        JsonNode list = doc.root().get("options");
        for (int i = 0; i < list.size(); i++) {
            String at = "/options/" + i;
            out.add(new Option(list.get(i).get("id").asText(), JsonValues.localized(doc, at + "/label"),
                    condition(doc, at + "/requires").orElse(Condition.ALWAYS), doc.at(at)));
        }
        return out;
    }

    private static Profile profile(String id, JsonDocument doc) {
        JsonNode options = doc.root().get("options");
        List<OptionRef> refs = new ArrayList<>();
        if (options.isArray()) {
            for (int i = 0; i < options.size(); i++) {
                refs.add(new OptionRef(options.get(i).asText(), doc.at("/options/" + i)));
            }
        }
        Text description = doc.root().has("description") ? JsonValues.localized(doc, "/description") : null;
        return new Profile(id, JsonValues.localized(doc, "/title"), description, options.isTextual(), refs, doc.at(""));
    }

    /** The condition at {@code pointer}; the schema has made sure it has exactly one known key. */
    static Optional<Condition> condition(JsonDocument doc, String pointer) {
        JsonNode n = doc.root().at(pointer);
        if (n.isMissingNode()) {
            return Optional.empty();
        }
        if (n.has("option")) {
            return Optional.of(new Condition.Is(new OptionRef(n.get("option").asText(), doc.at(pointer + "/option"))));
        }
        if (n.has("not")) {
            return Optional.of(new Condition.Not(condition(doc, pointer + "/not").orElseThrow()));
        }
        String key = n.has("any") ? "any" : "all";
        List<Condition> parts = new ArrayList<>();
        for (int i = 0; i < n.get(key).size(); i++) {
            parts.add(condition(doc, pointer + "/" + key + "/" + i).orElseThrow());
        }
        return Optional.of(key.equals("any") ? new Condition.Any(parts) : new Condition.All(parts));
    }

}
