package dev.flowdoc.model;

import java.util.List;

/** The documented product and its releases, oldest first. */
public record Product(String id, String name, List<Release> releases, Location location) {
    public Product {
        releases = List.copyOf(releases);
    }

    public Version newest() {
        return releases.get(releases.size() - 1).version();
    }

    public boolean hasRelease(Version version) {
        return releases.stream().anyMatch(r -> r.version().equals(version));
    }
}
