package dev.flowdoc.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a checklist is, recorded in its document information so that reading it back needs no option: the release it
 * documents, its language, its profile (null: every flow) or the release an upgrade checklist starts from
 * ({@code upgradeFrom}, null for a profile checklist), and the zone of every endpoint its flows name, as the data
 * had them when it was written. Written by the checklist writers, read by {@code firewall --from-checklist}.
 */
public record ChecklistStamp(Version release, Language language, String profile, Version upgradeFrom,
                             Map<String, String> zones) {
    /** The keys in the PDF's document information dictionary. */
    public static final String RELEASE = "FlowdocRelease";
    public static final String LANGUAGE = "FlowdocLanguage";
    public static final String PROFILE = "FlowdocProfile";
    public static final String UPGRADE_FROM = "FlowdocUpgradeFrom";
    public static final String ZONES = "FlowdocZones";

    public ChecklistStamp {
        zones = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(zones));
    }

    public boolean upgrade() {
        return upgradeFrom != null;
    }

    /** The entries as written: key → text ("appliance=appliance internet=internet" for the zones). */
    public Map<String, String> entries() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put(RELEASE, release.toString());
        out.put(LANGUAGE, language.code());
        if (profile != null) {
            out.put(PROFILE, profile);
        }
        if (upgradeFrom != null) {
            out.put(UPGRADE_FROM, upgradeFrom.toString());
        }
        out.put(ZONES, zones.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" ")));
        return out;
    }

    /** The stamp of {@code entries} (key → text, as {@link #entries} wrote them); empty when it has none or a broken one. */
    public static Optional<ChecklistStamp> of(Map<String, String> entries) {
        Optional<Version> release = Optional.ofNullable(entries.get(RELEASE)).flatMap(Version::parse);
        if (release.isEmpty()) {
            return Optional.empty();
        }
        Language language;
        try {
            language = Language.parse(entries.getOrDefault(LANGUAGE, ""));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        Version from = null;
        if (entries.get(UPGRADE_FROM) != null) {
            Optional<Version> parsed = Version.parse(entries.get(UPGRADE_FROM));
            if (parsed.isEmpty()) {
                return Optional.empty();
            }
            from = parsed.get();
        }
        Map<String, String> zones = new LinkedHashMap<>();
        for (String pair : entries.getOrDefault(ZONES, "").split(" ")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                zones.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        String profile = entries.get(PROFILE);
        return Optional.of(new ChecklistStamp(release.get(), language, profile == null || profile.isBlank() ? null : profile, from, zones));
    }

    /** The zone of every endpoint the flows of {@code project} name, in the order of the endpoints. */
    public static Map<String, String> zonesOf(Project project) {
        java.util.Set<String> named = new java.util.HashSet<>();
        project.flows().forEach(f -> {
            named.addAll(f.source());
            named.addAll(f.destination());
        });
        Map<String, String> out = new LinkedHashMap<>();
        project.endpoints().stream().filter(e -> named.contains(e.id())).forEach(e -> out.put(e.id(), e.zone()));
        return out;
    }
}
