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

    /** The releases marked {@code "published": true}, oldest first; empty when the project publishes only one site. */
    public List<Release> published() {
        return releases.stream().filter(Release::published).toList();
    }

    public java.util.Optional<Release> release(Version version) {
        return releases.stream().filter(r -> r.version().equals(version)).findFirst();
    }

    public boolean hasRelease(Version version) {
        return releases.stream().anyMatch(r -> r.version().equals(version));
    }
}
