package dev.flowdoc.audit;

import dev.flowdoc.audit.fortigate.FortiGateReader;
import dev.flowdoc.audit.nftables.NftablesReader;
import dev.flowdoc.audit.panos.PanOsReader;
import dev.flowdoc.audit.policy.PolicyReader;
import dev.flowdoc.render.firewall.Format;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The policy reader of each format, and which vendor an export is from. {@link #vendorOf} recognises every format
 * by a few marker lines even where no reader is registered yet, so an export of the wrong vendor is named as such.
 */
public final class Readers {
    private static final List<PolicyReader> READERS = List.of(new NftablesReader(), new FortiGateReader(), new PanOsReader());
    private static final Pattern FORTIGATE = Pattern.compile("(?m)^\\s*config (firewall (policy|address|addrgrp|service custom)|system global)\\s*$");
    private static final Pattern PANOS = Pattern.compile("(?m)^\\s*set (rulebase security rules|address |address-group |service |zone |deviceconfig )");

    private Readers() {}

    public static Optional<PolicyReader> of(Format format) {
        return READERS.stream().filter(r -> r.format().equals(format.key())).findFirst();
    }

    /** The format whose export {@code text} is, by its reader or by marker lines; empty when none fits. */
    public static Optional<Format> vendorOf(String text) {
        for (PolicyReader r : READERS) {
            if (r.recognises(text)) {
                return Format.parse(r.format());
            }
        }
        if (FORTIGATE.matcher(text).find()) {
            return Optional.of(Format.FORTIGATE);
        }
        if (PANOS.matcher(text).find()) {
            return Optional.of(Format.PANOS);
        }
        return Optional.empty();
    }
}
