package dev.flowdoc.render.firewall;

import dev.flowdoc.model.Endpoint;
import dev.flowdoc.model.Project;
import dev.flowdoc.model.Zone;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The one place that reads endpoint zones for the firewall formats: which zone of the data an endpoint stands in,
 * whether it is the appliance, and which firewall zone (PAN-OS) or interface (FortiGate) a zone maps to: the
 * address file's {@code "zones"} map, else the format's default.
 */
public final class Zones {
    /** PAN-OS zone names used when the address file names none. */
    public static final Map<String, String> PANOS_DEFAULTS = Map.of("internet", "untrust", "internal", "trust",
            "perimeter", "dmz", "appliance", "dmz");
    /** FortiGate interface used when the address file names none: every interface. */
    public static final String FORTIGATE_DEFAULT = "any";

    private final Project project;

    public Zones(Project project) {
        this.project = project;
    }

    /** The project's zone ids every endpoint may stand in (data/zones.json, else the defaults), for the address file. */
    public static List<String> keys(Project project) {
        return project.zones().stream().map(Zone::id).toList();
    }

    /** The zone keys of the endpoints, distinct, in order. */
    public List<String> of(List<String> endpointIds) {
        List<String> keys = new ArrayList<>();
        for (String id : endpointIds) {
            project.endpoint(id).map(Endpoint::zone).filter(k -> !keys.contains(k)).ifPresent(keys::add);
        }
        return keys;
    }

    /** True when one of the endpoints stands in a zone of the product (an appliance zone) (a flow that ends on it goes to nftables' input chain too). */
    public boolean includesAppliance(List<String> endpointIds) {
        return endpointIds.stream().anyMatch(id -> project.endpoint(id).flatMap(project::zoneOf).map(Zone::appliance).orElse(false));
    }

    /**
     * The firewall's name for a zone key in a format: {@code mapped} (the address file's "zones": zone key → firewall
     * zone or interface), else the format's default.
     */
    public static String name(String zoneKey, Format format, Map<String, String> mapped) {
        String own = mapped.get(zoneKey);
        if (own != null) {
            return own;
        }
        return format == Format.PANOS ? PANOS_DEFAULTS.getOrDefault(zoneKey, zoneKey) : FORTIGATE_DEFAULT;
    }
}
