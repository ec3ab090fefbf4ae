package dev.flowdoc.render.firewall;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.flowdoc.model.Endpoint;
import dev.flowdoc.model.Flow;
import dev.flowdoc.model.Language;
import dev.flowdoc.model.Messages;
import dev.flowdoc.model.Project;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The address file to fill in for a profile ({@code --addresses-template}, and beside each profile's checklist on the
 * site): exactly the endpoints the profile's flows name, in the order of data/endpoints.json, each with an empty list,
 * and under "labels" what each one is in German and English. An endpoint that is a host in the data says so: left
 * empty, FortiGate and PAN-OS use its name, nftables needs its addresses. An endpoint for any address ({@code "any":
 * true}) is left out: nobody is asked for it.
 */
public final class AddressTemplate {
    /** The schema's file name, beside the template on the site. */
    public static final String SCHEMA = "addresses.schema.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private AddressTemplate() {}

    /**
     * {@code selected}: the project narrowed to the profile; {@code profileId} null for every flow; {@code words}: the
     * theme's words of each language (the note on host endpoints).
     */
    public static String write(Project selected, String profileId, String schemaRef, Map<Language, Messages> words) {
        Set<String> needed = new LinkedHashSet<>();
        selected.flows().forEach(f -> {
            needed.addAll(f.source());
            needed.addAll(f.destination());
        });
        // an endpoint for any address has nothing to fill in: its rules match every address
        List<Endpoint> endpoints = selected.endpoints().stream().filter(e -> needed.contains(e.id()) && !e.any()).toList();
        Map<String, Object> root = new LinkedHashMap<>();
        if (schemaRef != null) {
            root.put("$schema", schemaRef);
        }
        if (profileId != null) {
            root.put("profile", profileId);
        }
        root.put("release", selected.release().toString());
        Map<String, Object> addresses = new LinkedHashMap<>();
        Map<String, Object> labels = new LinkedHashMap<>();
        for (Endpoint e : endpoints) {
            addresses.put(e.id(), List.of());
            Map<String, String> label = new LinkedHashMap<>();
            for (Language language : Language.values()) {
                label.put(language.code(), e.host() != null ? e.host() + " " + words.get(language).get("addresses.hostNote") : e.label().in(language));
            }
            labels.put(e.id(), label);
        }
        root.put("endpoints", addresses);
        root.put("labels", labels);
        try {
            return JSON.writeValueAsString(root).replace("[ ]", "[]") + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The flows of a project that name the endpoint (for tests and messages). */
    static List<String> flowsOf(Project project, String endpointId) {
        return project.flows().filter(f -> f.source().contains(endpointId) || f.destination().contains(endpointId))
                .map(Flow::id).toList();
    }
}
