package dev.flowdoc.model;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A loaded project: the canonical data, immutable. Lookups by id return empty for unknown ids; the
 * validator reports those, so renderers work only on validated projects. Where ids repeat (an error the
 * validator reports), the first wins.
 */
public final class Project {
    private final Path root;
    private final Product product;
    private final List<Endpoint> endpoints;
    private final List<MenuEntry> menu;
    private final List<Chapter> chapters;
    private final List<Group> groups;
    private final Map<String, Endpoint> endpointsById;
    private final Map<String, MenuEntry> menuById;
    private final Map<String, Chapter> chaptersById;
    private final Map<String, Group> groupsById;
    private final Map<String, Flow> flowsById;
    private final Map<String, Group> groupByFlowId;
    private final Deployment deployment;
    private final Version release;
    private final Project history;
    private final Glossary glossary;
    private final List<Zone> zones;
    private final Map<String, Zone> zonesById;
    private volatile ProjectTexts texts;

    public Project(Path root, Product product, List<Endpoint> endpoints, List<MenuEntry> menu,
                   List<Chapter> chapters, List<Group> groups) {
        this(root, product, endpoints, menu, chapters, groups, Deployment.NONE);
    }

    public Project(Path root, Product product, List<Endpoint> endpoints, List<MenuEntry> menu,
                   List<Chapter> chapters, List<Group> groups, Deployment deployment) {
        this(root, product, endpoints, menu, chapters, groups, deployment, null, null, Glossary.EMPTY, Zone.DEFAULTS);
    }

    private Project(Path root, Product product, List<Endpoint> endpoints, List<MenuEntry> menu,
                    List<Chapter> chapters, List<Group> groups, Deployment deployment, Version release, Project history,
                    Glossary glossary, List<Zone> zones) {
        this.glossary = glossary;
        this.zones = List.copyOf(zones);
        this.zonesById = index(this.zones, Zone::id);
        this.release = release;
        this.history = history;
        this.root = root;
        this.deployment = deployment;
        this.product = product;
        this.endpoints = List.copyOf(endpoints);
        this.menu = List.copyOf(menu);
        this.chapters = List.copyOf(chapters);
        this.groups = List.copyOf(groups);
        this.endpointsById = index(this.endpoints, Endpoint::id);
        this.menuById = index(this.menu, MenuEntry::id);
        this.chaptersById = index(this.chapters, Chapter::id);
        this.groupsById = index(this.groups, Group::id);
        Map<String, Flow> flowMap = new LinkedHashMap<>();
        Map<String, Group> owner = new LinkedHashMap<>();
        for (Group g : this.groups) {
            for (Flow f : g.flows()) {
                flowMap.putIfAbsent(f.id(), f);
                owner.putIfAbsent(f.id(), g);
            }
        }
        this.flowsById = Map.copyOf(flowMap);
        this.groupByFlowId = Map.copyOf(owner);
    }

    /** The same project with other groups (a filtered view, for one release or one profile). */
    public Project withGroups(List<Group> newGroups) {
        return new Project(root, product, endpoints, menu, chapters, newGroups, deployment, release, history(), glossary, zones);
    }

    /** This project's groups as they apply to {@code version} (see {@link ReleaseView}); the history stays reachable. */
    Project atRelease(Version version, List<Group> groupsThen) {
        return new Project(root, product, endpoints, menu, chapters, groupsThen, deployment, version, history(), glossary, zones);
    }

    /** The same project with the glossary of data/glossary.json (the loader's). */
    public Project withGlossary(Glossary terms) {
        return new Project(root, product, endpoints, menu, chapters, groups, deployment, release, history, terms, zones);
    }

    /** The same project with the zones of data/zones.json (the loader's). */
    public Project withZones(List<Zone> declared) {
        return new Project(root, product, endpoints, menu, chapters, groups, deployment, release, history, glossary, declared);
    }

    /** The zones endpoints stand in, in the order of data/zones.json; {@link Zone#DEFAULTS} without the file. */
    public List<Zone> zones() {
        return zones;
    }

    public Optional<Zone> zone(String id) { return Optional.ofNullable(zonesById.get(id)); }

    /** The zone of an endpoint (empty for an unknown zone id: the validator reports it). */
    public Optional<Zone> zoneOf(Endpoint endpoint) {
        return zone(endpoint.zone());
    }

    /** The endpoints that are the product itself (every role), in data order: those in a zone marked "appliance". */
    public List<Endpoint> applianceEndpoints() {
        return endpoints.stream().filter(e -> zoneOf(e).map(Zone::appliance).orElse(false)).toList();
    }

    /** The terms English texts spell one way (data/glossary.json); empty without the file. */
    public Glossary glossary() {
        return glossary;
    }

    /** The release this project documents: the one of its release view, else the newest release. */
    public Version release() {
        return release != null ? release : product.newest();
    }

    /** The project as loaded, every flow of every release (this project itself unless it is a filtered view). */
    public Project history() {
        return history != null ? history : this;
    }

    /** The same project with only the flows the profile needs. */
    public Project forProfile(Profile profile) {
        return withGroups(deployment.groupsFor(groups, profile));
    }

    public Path root() { return root; }
    public Product product() { return product; }
    public List<Endpoint> endpoints() { return endpoints; }
    /** Every menu entry, parents before children, in the order of data/menu.json. */
    public List<MenuEntry> menu() { return menu; }
    public List<Chapter> chapters() { return chapters; }
    public List<Group> groups() { return groups; }
    /** Options and profiles (the conditions over them are on the groups and flows). */
    public Deployment deployment() { return deployment; }

    /** Every text a reader may see, with its id path and place (computed once, on first use). */
    public ProjectTexts texts() {
        ProjectTexts t = texts;
        if (t == null) {
            t = ProjectTexts.of(this);
            texts = t;
        }
        return t;
    }

    public Stream<Flow> flows() {
        return groups.stream().flatMap(g -> g.flows().stream());
    }

    public Optional<Endpoint> endpoint(String id) { return Optional.ofNullable(endpointsById.get(id)); }
    public Optional<MenuEntry> menuEntry(String id) { return Optional.ofNullable(menuById.get(id)); }
    public Optional<Chapter> chapter(String id) { return Optional.ofNullable(chaptersById.get(id)); }
    public Optional<Group> group(String id) { return Optional.ofNullable(groupsById.get(id)); }
    public Optional<Flow> flow(String id) { return Optional.ofNullable(flowsById.get(id)); }

    /** The group a flow belongs to. */
    public Group groupOf(Flow flow) {
        Group g = groupByFlowId.get(flow.id());
        if (g == null) {
            throw new IllegalArgumentException("flow " + flow.id() + " is in no group");
        }
        return g;
    }

    /**
     * Where a flow runs relative to the product, from the zones of its endpoints (zones marked "appliance"). A two-way
     * flow between the product and another system is {@link Direction#BOTH}; one inside the product stays internal.
     */
    public Direction direction(Flow flow) {
        boolean fromAppliance = flow.source().stream().anyMatch(this::isAppliance);
        boolean toAppliance = flow.destination().stream().anyMatch(this::isAppliance);
        if (fromAppliance && toAppliance) {
            return Direction.INTERNAL;
        }
        if (flow.bidirectional() && (fromAppliance || toAppliance)) {
            return Direction.BOTH;
        }
        if (toAppliance) {
            return Direction.INBOUND;
        }
        return fromAppliance ? Direction.OUTBOUND : Direction.TRANSIT;
    }

    /** True if a source of the flow stands in a zone marked "internet" (for a two-way flow: either end). */
    public boolean fromInternet(Flow flow) {
        java.util.stream.Stream<String> ends = flow.bidirectional()
                ? java.util.stream.Stream.concat(flow.source().stream(), flow.destination().stream()) : flow.source().stream();
        return ends.anyMatch(id -> endpoint(id).flatMap(this::zoneOf).map(Zone::internet).orElse(false));
    }

    private boolean isAppliance(String endpointId) {
        return endpoint(endpointId).flatMap(this::zoneOf).map(Zone::appliance).orElse(false);
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T item : items) {
            map.putIfAbsent(id.apply(item), item);
        }
        return map;
    }
}
