package dev.flowdoc.model;

import java.time.LocalDate;

/**
 * A release of the product. {@code date} is the release day or null; {@code published}: the site of this release is
 * built beside the newest (under {@code /VERSION/}).
 */
public record Release(Version version, LocalDate date, boolean published, Location location) {
    /** The date as yyyy-mm-dd, or null. */
    public String isoDate() {
        return date == null ? null : date.toString();
    }
}
