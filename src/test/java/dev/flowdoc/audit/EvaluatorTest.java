package dev.flowdoc.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.flowdoc.audit.nftables.NftablesReader;
import dev.flowdoc.audit.policy.Policy;
import dev.flowdoc.audit.policy.PortRange;
import dev.flowdoc.model.NetAddress;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** nftables semantics on small rulesets in the text of nft list ruleset: one probe, TCP from 10.0.0.5 to 192.0.2.10. */
class EvaluatorTest {
    private static Outcome.Kind judge(String ruleset, int port) throws Exception {
        Policy policy = new NftablesReader().read("t.nft", ruleset);
        Evaluator e = new Evaluator(policy, Map.of("internal", "eth1"));
        Probe p = new Probe(Span.of(NetAddress.parse("10.0.0.5").orElseThrow()), Span.of(NetAddress.parse("192.0.2.10").orElseThrow()),
                "tcp", PortRange.of(port), "internal", "perimeter");
        return e.judge(p, List.of(dev.flowdoc.audit.policy.Hook.FORWARD)).kind();
    }

    private static String chain(String policy, String... rules) {
        return "table inet t {\n\tchain c {\n\t\tip daddr 192.0.2.10 tcp dport 443 accept\n\t}\n\tchain forward {\n\t\ttype filter hook forward priority filter; policy "
                + policy + ";\n" + String.join("", java.util.Arrays.stream(rules).map(r -> "\t\t" + r + "\n").toList()) + "\t}\n}\n";
    }

    @ParameterizedTest(name = "{0} → {2}")
    @CsvSource(delimiter = '|', value = {
            "ct state established,related accept|443|DENY",
            "ct state new accept|443|ACCEPT",
            "jump c|443|ACCEPT",
            "jump c|22|DENY",
            "ip saddr != 10.0.0.0/8 accept|443|DENY",
            "ip saddr 10.0.0.0/8 tcp dport != 22 accept|443|ACCEPT",
            "ip saddr 10.0.0.1-10.0.0.9 tcp dport 400-500 accept|443|ACCEPT",
            "ip6 saddr ::/0 accept|443|DENY",
            "meta l4proto { tcp, udp } th dport 443 accept|443|ACCEPT",
            "iifname eth1 accept|443|ACCEPT",
            "iifname eth2 accept|443|DENY",
            "oifname eth0 accept|443|UNKNOWN",
            "meta mark 0x1 accept|443|UNKNOWN",
            "tcp dport 22 meta mark 0x1 accept|443|DENY",
            "counter log prefix \"x\" accept|443|ACCEPT"})
    void oneRuleBeforeThePolicyDrop(String rule, int port, Outcome.Kind expected) throws Exception {
        assertEquals(expected, judge(chain("drop", rule), port), rule);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"goto c|ACCEPT", "jump c|DENY"})
    void gotoNeverComesBackJumpDoes(String rule, Outcome.Kind expected) throws Exception {
        // port 22 does not match in c: after jump the next rule drops it; after goto the end of c ends forward (policy accept)
        assertEquals(expected, judge(chain("accept", rule, "tcp dport 22 drop"), 22));
    }

    @ParameterizedTest
    @CsvSource({"-10,DENY", "10,DENY"})
    void everyBaseChainOnTheHookMustAccept(int priority, Outcome.Kind expected) throws Exception {
        String ruleset = chain("accept", "tcp dport 443 accept")
                + "table ip other {\n\tchain f {\n\t\ttype filter hook forward priority " + priority + "; policy drop;\n\t}\n}\n";
        assertEquals(expected, judge(ruleset, 443));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "set allowed {\\n\\t\\ttype ipv4_addr\\n\\t\\tflags interval\\n\\t\\telements = { 10.0.0.0/24,\\n\\t\\t\\t     172.16.0.1 }\\n\\t}|ip saddr @allowed accept|ACCEPT",
            "set allowed {\\n\\t\\ttype ipv4_addr\\n\\t\\telements = { 172.16.0.1 }\\n\\t}|ip saddr @allowed accept|DENY",
            "set ports {\\n\\t\\ttype inet_service\\n\\t\\telements = { 22, 443 }\\n\\t}|tcp dport @ports accept|ACCEPT"})
    void namedSets(String set, String rule, Outcome.Kind expected) throws Exception {
        String ruleset = "table inet t {\n\t" + set.replace("\\n", "\n").replace("\\t", "\t") + "\n\tchain forward {\n\t\ttype filter hook forward priority 0; policy drop;\n\t\t"
                + rule + "\n\t}\n}\n";
        assertEquals(expected, judge(ruleset, 443));
    }
}
