package dev.flowdoc.render.firewall;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The firewall formats flowdoc writes, with what each can express and the file endings it may replace. */
public enum Format {
    NFTABLES(false, List.of(".nft", ".conf", ".txt"), NftablesWriter::write),
    FORTIGATE(true, List.of(".conf", ".txt", ".cli"), FortiGateWriter::write),
    PANOS(true, List.of(".txt", ".set", ".conf"), PanOsWriter::write);

    private final boolean hostNames;
    private final List<String> extensions;
    private final Function<RuleSet, String> writer;

    Format(boolean hostNames, List<String> extensions, Function<RuleSet, String> writer) {
        this.hostNames = hostNames;
        this.extensions = extensions;
        this.writer = writer;
    }

    /** nftables, fortigate, panos. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when the format has objects for host names (FQDN); nftables matches addresses only. */
    public boolean hostNames() {
        return hostNames;
    }

    /** The endings of files an output of this format may replace. */
    public List<String> extensions() {
        return extensions;
    }

    public String write(RuleSet rules) {
        return writer.apply(rules);
    }

    public static java.util.Optional<Format> parse(String key) {
        return java.util.Arrays.stream(values()).filter(f -> f.key().equals(key)).findFirst();
    }
}
