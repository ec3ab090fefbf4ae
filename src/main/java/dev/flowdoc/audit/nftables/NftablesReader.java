package dev.flowdoc.audit.nftables;

import dev.flowdoc.audit.policy.Policy;
import dev.flowdoc.audit.policy.PolicyReader;
import dev.flowdoc.audit.policy.UnreadablePolicy;
import java.util.regex.Pattern;

/**
 * nftables: the JSON of {@code nft -j list ruleset} (a text starting with '{') or the text of {@code nft list ruleset}.
 * Chains keep their names as "family table chain"; base chains their hook, priority and policy (accept unless the
 * chain says drop, as the kernel has it).
 */
public final class NftablesReader implements PolicyReader {
    private static final Pattern TEXT = Pattern.compile("(?m)^\\s*table\\s+((ip|ip6|inet|arp|bridge|netdev)\\s+)?[\\w.-]+\\s*(\\{|$)");

    @Override
    public String format() {
        return "nftables";
    }

    @Override
    public boolean recognises(String text) {
        String t = text.stripLeading();
        if (t.startsWith("{")) {
            return t.contains("\"nftables\"");
        }
        return TEXT.matcher(text).find();
    }

    @Override
    public Policy read(String file, String text) throws UnreadablePolicy {
        if (text.stripLeading().startsWith("{")) {
            return new NftablesJsonReader(file).read(text);
        }
        return new NftablesTextReader(file, text).read();
    }
}
