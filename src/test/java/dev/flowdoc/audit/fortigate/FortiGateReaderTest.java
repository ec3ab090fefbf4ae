package dev.flowdoc.audit.fortigate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdoc.audit.policy.Chain;
import dev.flowdoc.audit.policy.Hook;
import dev.flowdoc.audit.policy.Policy;
import dev.flowdoc.audit.policy.Rule;
import dev.flowdoc.audit.policy.UnreadablePolicy;
import dev.flowdoc.audit.policy.Verdict;
import dev.flowdoc.model.NetAddress;
import dev.flowdoc.testing.TestProjects;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The FortiGate reader: flowdoc's own output read back, FortiOS's objects and order, and bad input at its place. */
class FortiGateReaderTest {
    private final FortiGateReader reader = new FortiGateReader();

    private Policy read(String text) throws UnreadablePolicy {
        return reader.read("fw.conf", text);
    }

    private static String policies(String... lines) {
        return "config firewall policy\n" + String.join("\n", lines) + "\nend\n";
    }

    private static List<String> texts(List<NetAddress> addresses) {
        return addresses.stream().map(NetAddress::text).toList();
    }

    private String error(String text) {
        return assertThrows(UnreadablePolicy.class, () -> read(text)).problem().format();
    }

    @Test
    void flowdocsOwnGoldenFileReadsBackAsThreeAcceptPoliciesAndTheImplicitDeny() throws Exception {
        String text = Files.readString(TestProjects.RESOURCES.resolve("golden/firewall-minimal-fortigate.txt"));
        assertTrue(reader.recognises(text));
        Policy policy = read(text);
        assertEquals("fortigate", policy.format());
        Chain chain = policy.chains().get(0);
        assertEquals(Hook.FORWARD, chain.hook());
        assertEquals(Verdict.DROP, chain.policy());
        assertEquals("implicit deny (policy 0)", chain.origin().name());
        assertEquals(List.of("policy 495315 \"updates-ssh\"", "policy 211553 \"mail-in\"", "policy 674244 \"mail-out\""),
                chain.rules().stream().map(r -> r.origin().name()).toList());
        Rule ssh = chain.rules().get(0);
        assertEquals(Verdict.ACCEPT, ssh.verdict());
        assertEquals(List.of("192.0.2.10"), texts(ssh.match().source().addresses()));
        assertEquals(List.of("198.51.100.7"), texts(ssh.match().destination().addresses()));
        assertEquals("[tcp/22]", ssh.match().services().toString());
        assertTrue(ssh.match().in().any());
        assertEquals(List.of("untrust"), ssh.match().out().names());
        assertTrue(ssh.match().understood(), ssh.match().unresolved().toString());
        assertEquals("fw.conf:73:5", ssh.origin().where());
        assertTrue(ssh.origin().text().contains("set service \"fd-tcp-22\" set action accept"), ssh.origin().text());
        Rule in = chain.rules().get(1);
        // IPv4 and IPv6 sides merge: a packet is of one family, so the pairs stay as FortiOS matches them
        assertEquals(List.of("0.0.0.0/0", "::/0"), texts(in.match().source().addresses()));
        assertEquals(List.of("192.0.2.10", "2001:db8::10"), texts(in.match().destination().addresses()));
    }

    @Test
    void objectsResolveAsFortiOsDefinesThem() throws Exception {
        Policy policy = read(String.join("\n",
                "#config-version=FGT60F-7.2.5-FW-build1517-230606:opmode=0:vdom=0",
                "config firewall address",
                "    edit \"net\"",
                "        set subnet 10.1.2.77 255.255.255.0",
                "    next",
                "    edit \"range\"",
                "        set type iprange",
                "        set start-ip 10.0.0.1",
                "        set end-ip 10.0.0.20",
                "    next",
                "    edit \"host\"",
                "        set type fqdn",
                "        set fqdn \"Mail.Example.com\"",
                "    next",
                "    edit \"geo\"",
                "        set type geography",
                "        set country \"DE\"",
                "    next",
                "end",
                "config firewall addrgrp",
                "    edit \"inner\"",
                "        set member \"range\" \"host\"",
                "    next",
                "    edit \"outer\"",
                "        set member \"net\" \"inner\"",
                "    next",
                "end",
                "config firewall service custom",
                "    edit \"web-alt\"",
                "        set tcp-portrange 8000-8080:1024-65535 8443",
                "        set udp-portrange 4433",
                "    next",
                "    edit \"from-53\"",
                "        set udp-portrange 53:53",
                "    next",
                "    edit \"gre\"",
                "        set protocol IP",
                "        set protocol-number 47",
                "    next",
                "    edit \"echo\"",
                "        set protocol ICMP",
                "        set icmptype 8",
                "    next",
                "end",
                "config firewall service group",
                "    edit \"mail\"",
                "        set member \"SMTP\" \"IMAPS\"",
                "    next",
                "end",
                "config firewall policy",
                "    edit 1",
                "        set srcintf \"port1\"",
                "        set dstintf \"port2\"",
                "        set srcaddr \"outer\"",
                "        set dstaddr \"all\"",
                "        set action accept",
                "        set schedule \"always\"",
                "        set service \"web-alt\" \"gre\" \"echo\" \"mail\" \"ALL_ICMP6\"",
                "    next",
                "    edit 2",
                "        set srcaddr \"geo\" \"missing\"",
                "        set dstaddr \"all\"",
                "        set action accept",
                "        set service \"from-53\" \"NOT-PREDEFINED\"",
                "        set schedule \"office-hours\"",
                "    next",
                "    edit 3",
                "        set status disable",
                "        set srcaddr \"all\"",
                "        set dstaddr \"all\"",
                "        set action accept",
                "        set service \"ALL\"",
                "    next",
                "    edit 4",
                "        set srcaddr \"all\"",
                "        set dstaddr \"all\"",
                "        set service \"ALL\"",
                "    next",
                "end"));
        List<Rule> rules = policy.chains().get(0).rules();
        assertEquals(List.of("policy 1", "policy 2", "policy 4"), rules.stream().map(r -> r.origin().name()).toList(),
                "a disabled policy is left out");
        Rule first = rules.get(0);
        assertTrue(first.match().understood(), first.match().unresolved().toString());
        assertEquals(List.of("10.1.2.0/24", "10.0.0.1-10.0.0.20", "mail.example.com"), texts(first.match().source().addresses()));
        assertEquals(List.of("0.0.0.0/0"), texts(first.match().destination().addresses()));
        assertEquals("[tcp/8000-8080,8443, udp/4433, gre, icmp type 8, tcp/25, tcp/993, icmpv6]", first.match().services().toString());
        assertEquals(List.of("port1"), first.match().in().names());
        List<String> why = rules.get(1).match().unresolved().stream().map(u -> u.text() + ": " + dev.flowdoc.audit.Words.en(u.why())).toList();
        assertEquals(List.of(
                "geo: address type 'geography' cannot be compared with addresses",
                "missing: the export defines no address or address group 'missing'",
                "from-53 53:53: service 'from-53' allows only source ports 53",
                "NOT-PREDEFINED: the export defines no service or service group 'NOT-PREDEFINED', and it is none of FortiOS's predefined services flowdoc knows",
                "set schedule \"office-hours\": the policy applies only at the schedule's times"), why);
        Rule deny = rules.get(2);
        assertEquals(Verdict.DROP, deny.verdict(), "a policy without 'set action' denies (FortiOS's default)");
        assertEquals(List.of(), deny.match().services(), "ALL: every protocol");
        assertTrue(deny.match().understood());
    }

    @Test
    void theCliIsReadAsAScriptMovesDeletesAndRepeatedTables() throws Exception {
        Policy policy = read(policies(
                "    edit 1", "        set srcaddr \"all\"", "        set dstaddr \"all\"", "        set service \"SSH\"", "        set action accept", "    next",
                "    edit 2", "        set srcaddr \"all\"", "        set dstaddr \"all\"", "        set service \"RDP\"", "        set action deny", "    next",
                "    edit 3", "        set srcaddr \"all\"", "        set dstaddr \"all\"", "        set service \"HTTPS\"", "        set action accept", "    next",
                "    move 2 before 1",
                "end",
                "config firewall policy",
                "    delete 3",
                "    edit 1",
                "        unset service",
                "        append service \"SMTP\" \"HTTP\"",
                "    next"));
        List<Rule> rules = policy.chains().get(0).rules();
        assertEquals(List.of("policy 2", "policy 1"), rules.stream().map(r -> r.origin().name()).toList());
        assertEquals("[tcp/25, tcp/80]", rules.get(1).match().services().toString());
    }

    @Test
    void aVipOrAnInternetServiceIsUnresolved() throws Exception {
        Policy policy = read("config firewall vip\n    edit \"web-vip\"\n        set extip 203.0.113.5\n        set mappedip \"10.0.0.5\"\n    next\nend\n"
                + policies("    edit 7", "        set srcaddr \"all\"", "        set dstaddr \"web-vip\"", "        set service \"HTTPS\"",
                "        set internet-service-src enable", "        set action accept", "    next"));
        List<String> texts = policy.chains().get(0).rules().get(0).match().unresolved().stream().map(u -> u.text()).toList();
        assertEquals(List.of("web-vip", "set internet-service-src enable"), texts);
    }

    @Test
    void oneVdomOfABackupIsRead() throws Exception {
        String text = "config vdom\nedit root\nnext\nend\nconfig global\n    config system global\n        set hostname \"fw\"\n    end\nend\n"
                + "config vdom\nedit root\n" + policies("    edit 1", "        set srcaddr \"all\"", "        set dstaddr \"all\"",
                "        set service \"SSH\"", "        set action accept", "    next") + "next\nend\n";
        assertEquals(1, read(text).chains().get(0).rules().size());
        String two = text + "config vdom\nedit dmz\n" + policies("    edit 1", "    next") + "next\nend\n";
        assertEquals("fw.conf:23:1: error: the configuration holds the policies of VDOM 'root' and of VDOM 'dmz'; flowdoc audits the policy "
                + "of one firewall; give the part of one VDOM: 'config vdom', 'edit NAME', then its 'show firewall …' output", error(two));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "config firewall policy\\n    edit 1\\n        set action accept\\n    edit 2\\n    next\\nend"
                    + "|fw.conf:4:5: error: expected 'next' or 'set' at line 4, found 'edit'; close 'edit 1' of line 2 with 'next'",
            "config firewall policy\\n    edit 1\\n        set action accept\\n"
                    + "|fw.conf:3:20: error: expected 'next' or 'set' (to close 'edit 1' of line 2), found the end of the file; the export is cut short: export it again in full",
            "config firewall policy\\n    edit 1\\n        set comments \"unclosed\\n    next\\nend"
                    + "|fw.conf:3:22: error: expected a closing \" for the quoted text that starts here, found the end of the file; close the quotes",
            "set firewall policy\\n"
                    + "|fw.conf:1:1: error: expected 'config' at the start of a block, found 'set'; give the output of 'show' or a configuration backup as it was written",
            "config firewall policy\\n    next\\nend"
                    + "|fw.conf:2:5: error: expected 'edit', 'set' or 'end' in 'config firewall policy', found 'next'; close the block of line 1 with 'end'",
            "config firewall service custom\\n    edit \"x\"\\n        set tcp-portrange 80 8o\\n    next\\nend\\nconfig firewall policy\\n    edit 1\\n        set service \"x\"\\n    next\\nend"
                    + "|fw.conf:3:30: error: service 'x': expected a port range (443, 8000-8080 or 443:1024-65535, destination:source), found '8o'; write the ports as FortiOS does",
            "config firewall address\\n    edit \"a\"\\n    next\\nend"
                    + "|fw.conf:1:1: error: expected 'config firewall policy', found only 'config firewall address'; export the policies too ('show firewall policy'), or give the whole configuration backup",
    })
    void badInputIsAnsweredAtItsPlace(String text, String expected) {
        assertEquals(expected, error(text.replace("\\n", "\n")));
    }

    @Test
    void anotherVendorsExportIsNamed() throws Exception {
        String panos = Files.readString(TestProjects.RESOURCES.resolve("golden/firewall-minimal-panos.txt"));
        assertFalse(reader.recognises(panos));
        assertEquals("fw.conf: error: this is a PAN-OS set-format configuration ('set address …', 'set rulebase security rules …'), "
                + "not a FortiGate CLI configuration; give it with --format panos", error(panos));
        String nft = Files.readString(TestProjects.RESOURCES.resolve("golden/firewall-minimal.nft"));
        assertFalse(reader.recognises(nft));
        assertTrue(error(nft).startsWith("fw.conf: error: this is an nftables ruleset ('nft list ruleset'), not a FortiGate CLI configuration; "
                + "give it with --format nftables"), error(nft));
        assertTrue(error("{\"nftables\": [{\"metainfo\": {}}]}").contains("this is the JSON of 'nft -j list ruleset'"));
    }
}
