package dev.flowdoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flowdoc.testing.TestProjects;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code flowdoc audit --format fortigate|panos}: the command line around the two readers, exit codes and messages. */
class AuditVendorCommandTest {
    private static final String MINIMAL = TestProjects.MINIMAL.toString();

    @TempDir
    Path dir;

    private Path addresses;
    private String out;
    private String err;

    private int run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Main.run(args, new PrintWriter(o, true), new PrintWriter(e, true));
        out = o.toString();
        err = e.toString();
        return code;
    }

    @BeforeEach
    void addresses() throws Exception {
        addresses = dir.resolve("addresses.json");
        Files.writeString(addresses, "{\"endpoints\": {\"appliance\": [\"192.0.2.10\"], \"mail-server\": [\"10.0.0.25\"], "
                + "\"internet\": [\"0.0.0.0/0\"], \"update-host\": [\"198.51.100.7\"]}, "
                + "\"zones\": {\"internet\": \"untrust\", \"internal\": \"trust\", \"appliance\": \"dmz\"}}");
    }

    private Path ruleset(String format) throws Exception {
        assertEquals(0, run("firewall", "--project", MINIMAL, "--format", format, "--addresses", addresses.toString()), err);
        Path file = dir.resolve(format.equals("panos") ? "fw.set" : "fw.conf");
        Files.writeString(file, out);
        return file;
    }

    private int audit(String format, Path config, String... more) {
        String[] base = {"audit", "--project", MINIMAL, "--format", format, "--config", config.toString(), "--addresses", addresses.toString()};
        String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return run(all);
    }

    @Test
    void fortigatesOwnRulesetIsCleanAndADenyBeforeItsAcceptClosesTheFlow() throws Exception {
        Path config = ruleset("fortigate");
        assertEquals(ExitCodes.OK, audit("fortigate", config), err);
        assertTrue(out.contains("3 open, 0 partly open, 0 closed, 0 unknown"), out);
        assertTrue(out.contains("let through by " + Shown.path(config) + ":67:5 policy 211553 \"mail-in\""), out);

        String text = Files.readString(config);
        int at = text.indexOf("    edit 211553\n");
        Files.writeString(config, text.substring(0, at) + "    edit 1\n        set name \"no-smtp\"\n        set srcaddr \"all\"\n"
                + "        set dstaddr \"all\"\n        set service \"SMTP\"\n        set action deny\n    next\n" + text.substring(at));
        assertEquals(ExitCodes.GAPS, audit("fortigate", config, "--json"), err);
        JsonNode json = new ObjectMapper().readTree(out);
        JsonNode mailIn = null;
        for (JsonNode flow : json.get("flows")) {
            if (flow.get("id").asText().equals("mail-in")) {
                mailIn = flow;
            }
        }
        assertEquals("closed", mailIn.get("state").asText(), out);
        assertEquals("policy 1 \"no-smtp\"", mailIn.get("deniedBy").get(0).get("name").asText(), out);
        assertEquals(67, mailIn.get("deniedBy").get(0).get("line").asInt(), out);
        assertEquals("open", json.get("flows").get(0).get("state").asText(), "updates-ssh (TCP 22) is not denied: " + out);
    }

    @Test
    void panosRuleOfAnApplicationMakesItsFlowUnknownNamingTheRule() throws Exception {
        Path config = ruleset("panos");
        String text = Files.readString(config).replace("set rulebase security rules mail-in from [ untrust ] to [ dmz ] source [ fd-mail-in-src ] "
                + "destination [ fd-mail-in-dst ] source-user any category any application any service [ fd-tcp-25 ] action allow",
                "set rulebase security rules mail-in from [ untrust ] to [ dmz ] source [ fd-mail-in-src ] "
                + "destination [ fd-mail-in-dst ] source-user any category any application smtp service application-default action allow");
        assertTrue(text.contains("application smtp"), text);
        Files.writeString(config, text);
        assertEquals(ExitCodes.GAPS, audit("panos", config, "--lang", "de"), err);
        assertTrue(out.contains("mail-in"), out);
        assertTrue(out.contains(Shown.path(config) + ":18:29 rule mail-in"), out);
        assertTrue(out.contains("application smtp"), out);
    }

    @ParameterizedTest
    @ValueSource(strings = {"fortigate", "panos"})
    void anotherVendorsExportIsNamedAndNothingIsReported(String format) throws Exception {
        Path config = ruleset(format.equals("panos") ? "fortigate" : "panos");
        assertEquals(ExitCodes.PROBLEMS, audit(format, config));
        assertEquals("", out);
        assertTrue(err.contains(Shown.path(config) + ":1:1: error: this is a " + (format.equals("panos") ? "FortiGate" : "PAN-OS")
                + " configuration, not " + (format.equals("panos") ? "PAN-OS" : "FortiGate") + "; run with --format "
                + (format.equals("panos") ? "fortigate" : "panos")), err);
    }

    @Test
    void badInputIsReportedAtItsLineAndNothingIsReported() throws Exception {
        Path config = dir.resolve("broken.conf");
        Files.writeString(config, "config firewall policy\n    edit 1\n        set action accept\n    edit 2\n    next\nend\n");
        assertEquals(ExitCodes.PROBLEMS, audit("fortigate", config));
        assertEquals("", out);
        assertTrue(err.contains(Shown.path(config) + ":4:5: error: expected 'next' or 'set' at line 4, found 'edit'; close 'edit 1' of line 2 with 'next'"), err);

        Path set = dir.resolve("broken.set");
        Files.writeString(set, "set address a ip-netmask 10.0.0.1/32\nset rulebase security rules r source [ a\n");
        assertEquals(ExitCodes.PROBLEMS, audit("panos", set));
        assertEquals("", out);
        assertTrue(err.contains(Shown.path(set) + ":2:41: error: expected ']' to close the list opened at line 2, column 38"), err);

        Path xml = dir.resolve("running.xml");
        Files.writeString(xml, "<config version=\"11.0.0\"><devices><entry name=\"localhost.localdomain\"/></devices></config>\n");
        assertEquals(ExitCodes.PROBLEMS, audit("panos", xml));
        assertTrue(err.contains("this is a PAN-OS configuration in XML, not a PAN-OS set-format configuration; flowdoc reads PAN-OS in set format: "
                + "run 'set cli config-output-format set', then 'show'"), err);
    }
}
