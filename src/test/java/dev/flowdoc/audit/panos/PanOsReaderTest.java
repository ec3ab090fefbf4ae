package dev.flowdoc.audit.panos;

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

/** The PAN-OS reader: flowdoc's own set commands read back, scopes, order, what App-ID hides, bad input at its place. */
class PanOsReaderTest {
    private final PanOsReader reader = new PanOsReader();

    private Policy read(String... lines) throws UnreadablePolicy {
        return reader.read("fw.set", String.join("\n", lines) + "\n");
    }

    private static List<String> texts(List<NetAddress> addresses) {
        return addresses.stream().map(NetAddress::text).toList();
    }

    private String error(String text) {
        return assertThrows(UnreadablePolicy.class, () -> reader.read("fw.set", text)).problem().format();
    }

    private static List<String> names(Policy policy) {
        return policy.chains().get(0).rules().stream().map(r -> r.origin().name()).toList();
    }

    @Test
    void flowdocsOwnGoldenFileReadsBackAsItsRulesTheIntrazoneDefaultsAndTheInterzoneDeny() throws Exception {
        String text = Files.readString(TestProjects.RESOURCES.resolve("golden/firewall-minimal-panos.txt"));
        assertTrue(reader.recognises(text));
        Policy policy = reader.read("fw.set", text);
        Chain chain = policy.chains().get(0);
        assertEquals(Hook.FORWARD, chain.hook());
        assertEquals(Verdict.DROP, chain.policy());
        assertEquals("interzone-default", chain.origin().name());
        assertEquals(List.of("rule updates-ssh", "rule mail-in", "rule mail-out", "intrazone-default", "intrazone-default", "intrazone-default"),
                names(policy));
        Rule ssh = chain.rules().get(0);
        assertEquals(Verdict.ACCEPT, ssh.verdict());
        assertEquals(List.of("192.0.2.10", "2001:db8::10"), texts(ssh.match().source().addresses()));
        assertEquals(List.of("198.51.100.7"), texts(ssh.match().destination().addresses()));
        assertEquals("[tcp/22]", ssh.match().services().toString());
        assertEquals(List.of("dmz"), ssh.match().in().names());
        assertEquals(List.of("untrust"), ssh.match().out().names());
        assertTrue(ssh.match().understood(), ssh.match().unresolved().toString());
        assertEquals("fw.set:15:29", ssh.origin().where());
        assertEquals("rules updates-ssh from dmz to untrust source fd-updates-ssh-src destination fd-updates-ssh-dst source-user any "
                + "category any application any service fd-tcp-22 action allow", ssh.origin().text());
        Rule intrazone = chain.rules().get(3);
        assertEquals(List.of("dmz"), intrazone.match().in().names());
        assertEquals(List.of("dmz"), intrazone.match().out().names());
        assertEquals(Verdict.ACCEPT, intrazone.verdict());
    }

    @Test
    void objectsGroupsAndServicesResolveInTheirScopeThenShared() throws Exception {
        Policy policy = read(
                "set shared address shared-net ip-netmask 10.9.0.0/16",
                "set vsys vsys1 address host-a ip-netmask 10.1.1.5/24",
                "set vsys vsys1 address range-b ip-range 10.2.0.1-10.2.0.9",
                "set vsys vsys1 address name-c fqdn Update.Example.com",
                "set vsys vsys1 address wild ip-wildcard 10.0.0.1/0.0.255.0",
                "set vsys vsys1 address-group inner static [ range-b name-c ]",
                "set vsys vsys1 address-group outer static [ host-a inner ]",
                "set vsys vsys1 address-group outer static shared-net",
                "set vsys vsys1 address-group dyn dynamic filter \"'web' and 'prod'\"",
                "set vsys vsys1 service web protocol tcp port 80,443,8000-8080",
                "set vsys vsys1 service dns protocol udp port 53",
                "set vsys vsys1 service dns-from-53 protocol udp port 53 source-port 53",
                "set vsys vsys1 service-group basics members [ web dns service-https ]",
                "set vsys vsys1 zone inside network layer3 ethernet1/2",
                "set vsys vsys1 rulebase security rules \"allow basics\" from inside to [ outside dmz ]",
                "set vsys vsys1 rulebase security rules \"allow basics\" source outer destination [ 192.0.2.0/24 198.51.100.1-198.51.100.9 ]",
                "set vsys vsys1 rulebase security rules \"allow basics\" application any service basics action allow",
                "set vsys vsys1 rulebase security rules odd source [ dyn wild nowhere ] destination any application [ ssl web-browsing ]",
                "set vsys vsys1 rulebase security rules odd service [ application-default dns-from-53 ] source-user corp\\alice from any to any action allow",
                "set vsys vsys1 rulebase security rules off from any to any source any destination any application any service any action allow",
                "set vsys vsys1 rulebase security rules off disabled yes",
                "set vsys vsys1 rulebase security rules reset from any to any source any destination any negate-destination yes application any service any action reset-both");
        assertEquals(List.of("rule allow basics (vsys vsys1)", "rule odd (vsys vsys1)", "rule reset (vsys vsys1)",
                "intrazone-default", "intrazone-default", "intrazone-default"), names(policy));
        Rule basics = policy.chains().get(0).rules().get(0);
        assertTrue(basics.match().understood(), basics.match().unresolved().toString());
        assertEquals(List.of("10.1.1.0/24", "10.2.0.1-10.2.0.9", "update.example.com", "10.9.0.0/16"), texts(basics.match().source().addresses()));
        assertEquals(List.of("192.0.2.0/24", "198.51.100.1-198.51.100.9"), texts(basics.match().destination().addresses()));
        assertEquals("[tcp/80,443,8000-8080, udp/53, tcp/443]", basics.match().services().toString());
        assertEquals(List.of("outside", "dmz"), basics.match().out().names());
        List<String> why = policy.chains().get(0).rules().get(1).match().unresolved().stream().map(u -> u.text() + ": " + dev.flowdoc.audit.Words.en(u.why())).toList();
        assertEquals(List.of(
                "dyn: address group 'dyn' is dynamic: its members follow tags at run time",
                "wild: address 'wild' is of a kind flowdoc cannot compare (ip-wildcard)",
                "nowhere: the export defines no address or address group 'nowhere' (a region, an external dynamic list or an object of another scope)",
                "application [ ssl web-browsing ]: App-ID decides what an application is, not the ports: flowdoc cannot tell whether a flow is one",
                "service application-default: the ports are each application's default ports, which App-ID decides",
                "dns-from-53: service 'dns-from-53' allows only source ports 53",
                "source-user corp\\alice: the rule applies only to these users"), why);
        Rule reset = policy.chains().get(0).rules().get(2);
        assertEquals(Verdict.REJECT, reset.verdict());
        assertTrue(reset.match().destination().negated() || reset.match().destination().addresses().isEmpty());
        assertEquals(List.of("inside", "outside", "dmz"), policy.chains().get(0).rules().subList(3, 6).stream()
                .map(r -> r.match().in().names().get(0)).toList(), "one intrazone-default per zone named, defined ones first");
    }

    @Test
    void panoramaOrderAndTheDefaultRulesAsConfigured() throws Exception {
        Policy policy = read(
                "set device-group branch post-rulebase security rules last from any to any source any destination any application any service any action deny",
                "set device-group branch pre-rulebase security rules first from any to any source any destination any application any service any action allow",
                "set shared pre-rulebase security rules global from any to any source any destination any application any service any action drop",
                "set shared post-rulebase security rules very-last from any to any source any destination any application any service any action allow",
                "set device-group branch pre-rulebase security rules second from trust to untrust source any destination any application any service any action allow",
                "move device-group branch pre-rulebase security rules second top",
                "set rulebase default-security-rules rules intrazone-default action deny",
                "set rulebase default-security-rules rules interzone-default action allow");
        assertEquals(List.of("rule global (shared)", "rule second (device-group branch)", "rule first (device-group branch)",
                "rule last (device-group branch)", "rule very-last (shared)", "intrazone-default", "intrazone-default"), names(policy));
        Chain chain = policy.chains().get(0);
        assertEquals(Verdict.DROP, chain.rules().get(5).verdict(), "intrazone-default set to deny");
        assertEquals(Verdict.ACCEPT, chain.policy(), "interzone-default set to allow");
    }

    @Test
    void anApplicationOfOneProtocolIsUnresolvedForThatProtocolAlone() throws Exception {
        Policy policy = read(
                "set rulebase security rules ping from any to any source any destination any application [ icmp ping ] service application-default action allow",
                "set rulebase security rules tunnel from any to any source any destination any application [ gre ipsec-esp ] service any action allow",
                "set rulebase security rules web from any to any source any destination any application [ ping web-browsing ] service application-default action allow");
        List<Rule> rules = policy.chains().get(0).rules();
        assertEquals("[icmp]", rules.get(0).match().services().toString());
        assertEquals("[gre, esp]", rules.get(1).match().services().toString());
        assertEquals("[]", rules.get(2).match().services().toString(), "web-browsing runs on any protocol App-ID finds it on");
        rules.forEach(r -> assertTrue(r.match().unresolved().get(0).text().startsWith("application "), r.toString()));
    }

    @Test
    void deleteAndMoveAreApplied() throws Exception {
        Policy policy = read(
                "set rulebase security rules a from any to any source any destination any application any service any action allow",
                "set rulebase security rules b from any to any source any destination any application any service [ s1 s2 ] action allow",
                "set rulebase security rules c from any to any source any destination any application any service any action allow",
                "set service s1 protocol tcp port 1",
                "set service s2 protocol tcp port 2",
                "delete rulebase security rules a",
                "delete rulebase security rules b service s1",
                "move rulebase security rules c before b");
        assertEquals(List.of("rule c", "rule b"), names(policy));
        assertEquals("[tcp/2]", policy.chains().get(0).rules().get(1).match().services().toString());
    }

    @Test
    void twoVsysWithRulesAreRefused() {
        assertEquals("fw.set:2:40: error: the configuration holds the security rules of vsys vsys1 and of vsys vsys2; flowdoc audits the policy "
                + "of one firewall; give the lines of one vsys or device group (with 'shared')", error(
                "set vsys vsys1 rulebase security rules a action allow\nset vsys vsys2 rulebase security rules b action allow\n"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "set rulebase security rules a source [ x y\\nset address x ip-netmask 10.0.0.1"
                    + "|fw.set:1:43: error: expected ']' to close the list opened at line 1, column 38, found the end of the line; close the list with ' ]' on the same line",
            "set rulebase security rules a description \"never closed\\n"
                    + "|fw.set:1:43: error: expected a closing \" for the quoted text that starts here, found the end of the file; close the quotes",
            "set rulebase security rules a from any\\nedit rulebase security\\n"
                    + "|fw.set:2:1: error: expected 'set', 'delete' or 'move' at the start of a line, found 'edit'; give the configuration in set format ('set cli config-output-format set', then 'show')",
            "set rulebase security rules a from"
                    + "|fw.set:1:35: error: expected a value or a list after 'from', found the end of the line; write 'from [ a b ]'",
            "set rulebase security policies a from any"
                    + "|fw.set:1:23: error: expected 'rules' after 'rulebase security', found 'policies'; write it as 'set rulebase security rules NAME …'",
            "set service web protocol tcp port 80,8o\\nset rulebase security rules a from any to any source any destination any application any service web action allow"
                    + "|fw.set:1:35: error: service 'web': expected ports (80, 80,443 or 8000-8080), found '80,8o'; write the ports as PAN-OS does",
            "set address a ip-netmask 10.0.0.1/32\\nset deviceconfig system hostname fw"
                    + "|fw.set:1:1: error: expected security rules ('set rulebase security rules …'), found none in 2 commands; export the whole configuration in set format, rules included",
            "move rulebase security rules a top"
                    + "|fw.set:1:30: error: 'move': no rule 'a' before this line; move a rule the configuration defines above",
    })
    void badInputIsAnsweredAtItsPlace(String text, String expected) {
        assertEquals(expected, error(text.replace("\\n", "\n")));
    }

    @Test
    void anotherVendorsExportIsNamed() throws Exception {
        String fortigate = Files.readString(TestProjects.RESOURCES.resolve("golden/firewall-minimal-fortigate.txt"));
        assertFalse(reader.recognises(fortigate));
        assertEquals("fw.set: error: this is a FortiGate CLI configuration ('config … / edit … / set … / next / end'), not a PAN-OS "
                + "set-format configuration; give it with --format fortigate", error(fortigate));
        String nft = Files.readString(TestProjects.RESOURCES.resolve("golden/firewall-minimal.nft"));
        assertTrue(error(nft).startsWith("fw.set: error: this is an nftables ruleset ('nft list ruleset'), not a PAN-OS set-format configuration"), error(nft));
        assertEquals("fw.set: error: this is a PAN-OS configuration in XML, not a PAN-OS set-format configuration; flowdoc reads PAN-OS "
                + "in set format: run 'set cli config-output-format set', then 'show', and give that output with --format panos",
                error("<config version=\"10.2.0\"><devices><entry name=\"localhost.localdomain\"/></devices></config>"));
        assertTrue(error("config {\n  mgt-config {\n    users {\n    }\n  }\n  devices {\n  }\n}\n").startsWith(
                "fw.set: error: this is a PAN-OS configuration in its default (braces) output format, not a PAN-OS set-format configuration; "
                + "flowdoc reads PAN-OS in set format"));
    }
}
