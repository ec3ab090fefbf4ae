package dev.flowdoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flowdoc.testing.TestProjects;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * flowdoc audit on nftables: flowdoc's own ruleset as written (no chain policy; forward ends by dropping what no flow
 * lets through to or from the appliance's addresses) loaded into a
 * fresh network namespace of the real kernel and exported with nft -j list ruleset / nft list ruleset, then changed
 * the way admins change rulesets: a flow's jump removed, a port narrowed, an extra accept, a drop before an accept.
 * On the real project and on the second product, JSON and text alike.
 */
class AuditCommandTest {
    private static final Path REAL = TestProjects.REPOSITORY;
    private static final Path SECOND = TestProjects.RESOURCES.resolve("projects/second-product");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private StringWriter stdout = new StringWriter();
    private StringWriter stderr = new StringWriter();

    private int run(String... args) {
        stdout = new StringWriter();
        stderr = new StringWriter();
        return Main.run(args, new PrintWriter(stdout, true), new PrintWriter(stderr, true));
    }

    private static Path project(String name) {
        return name.equals("real") ? REAL : SECOND;
    }

    /** Every endpoint of the project gets its own address, 10.N.i.1; the real appliance an IPv6 address too. */
    private Path addresses(Path project) throws Exception {
        JsonNode endpoints = JSON.readTree(project.resolve("data/endpoints.json").toFile()).get("endpoints");
        int net = project.equals(REAL) ? 0 : 1;
        StringBuilder json = new StringBuilder("{\"endpoints\": {");
        for (int i = 0; i < endpoints.size(); i++) {
            String id = endpoints.get(i).get("id").asText();
            json.append(i == 0 ? "" : ", ").append('"').append(id).append("\": [\"10.").append(net).append('.').append(i).append(".1\"")
                    .append(id.equals("appliance") ? ", \"2001:db8::" + (i + 1) + "\"" : "").append(']');
        }
        Path file = dir.resolve("addresses-" + net + ".json");
        Files.writeString(file, json.append("}}").toString());
        return file;
    }

    /** flowdoc's own ruleset for the project (and release), unchanged: no chain policy, the appliance closed at the end of forward. */
    private String ruleset(Path project, String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of("firewall", "--project", project.toString(), "--format", "nftables",
                "--addresses", addresses(project).toString()));
        args.addAll(List.of(more));
        assertEquals(0, run(args.toArray(String[]::new)), stderr.toString());
        String rules = stdout.toString();
        assertFalse(rules.contains("priority filter; policy"), "no chain policy: " + rules);
        assertTrue(rules.contains(" drop comment \"to the appliance: no documented flow\"\n"), rules);
        assertTrue(rules.contains(" drop comment \"from the appliance: no documented flow\"\n"), rules);
        return rules;
    }

    /** The rulesets loaded one after the other into a fresh network namespace, exported as JSON or text. */
    private String exported(boolean json, String... rulesets) throws Exception {
        StringBuilder script = new StringBuilder("set -e\n");
        for (String r : rulesets) {
            Path file = Files.createTempFile(dir, "ruleset-", ".nft");
            Files.writeString(file, r, StandardCharsets.UTF_8);
            script.append("nft -f '").append(file).append("'\n");
        }
        script.append(json ? "nft -j list ruleset\n" : "nft list ruleset\n");
        List<String> command = new ArrayList<>(List.of("unshare", "-n"));
        if (!"root".equals(System.getProperty("user.name"))) {
            command.add(1, "-r");
        }
        command.addAll(List.of("sh", "-c", script.toString()));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), "nft refused a ruleset");
        assertTrue(json ? out.startsWith("{\"nftables\"") : out.startsWith("table inet flowdoc {"), out);
        return out;
    }

    private int audit(Path project, String config, boolean json, String... more) throws Exception {
        Path file = dir.resolve(json ? "ruleset.json" : "ruleset.txt");
        Files.writeString(file, config);
        List<String> args = new ArrayList<>(List.of("audit", "--project", project.toString(), "--format", "nftables",
                "--config", file.toString(), "--addresses", addresses(project).toString()));
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }

    /** A ruleset changed on the text of nft list ruleset, loaded again and exported in the form under test. */
    private String changed(Path project, boolean json, java.util.function.UnaryOperator<String> change) throws Exception {
        String listed = exported(false, ruleset(project));
        String edited = change.apply(listed);
        assertFalse(edited.equals(listed), "the change did nothing");
        return exported(json, "flush ruleset\n" + edited);
    }

    private int flows(Path project) throws Exception {
        var problems = new dev.flowdoc.diag.Problems();
        var loaded = dev.flowdoc.site.Loader.loadAndValidate(project, problems).orElseThrow();
        return (int) dev.flowdoc.model.ReleaseView.at(loaded, loaded.product().newest()).flows().count();
    }

    @ParameterizedTest
    @CsvSource({"real,true", "real,false", "second,true", "second,false"})
    void flowdocsOwnRulesetHasEveryFlowOpenAndNothingMore(String name, boolean json) throws Exception {
        Path project = project(name);
        int code = audit(project, exported(json, ruleset(project)), json);
        String report = stdout.toString();
        assertEquals(0, code, stderr + report);
        int n = flows(project);
        assertTrue(report.contains(n + " documented communication paths: " + n + " open, 0 partly open, 0 closed, 0 unknown, 0 without addresses; no rule opens more than documented."), report);
        assertTrue(report.contains("No rule opens more than the documented communication paths need."), report);
        // every flow names the rule that let it through: the rule carries the flow's id as its comment
        assertTrue(Pattern.compile("let through by \\S*/ruleset\\.(json|txt):\\d+:\\d+ chain inet flowdoc flow_").matcher(report).find(), report);
    }

    @ParameterizedTest
    @CsvSource({"real,true,gina-https", "real,false,gina-https", "second,true,policy-push", "second,false,policy-push"})
    void aFlowWhoseJumpIsRemovedIsClosed(String name, boolean json, String flow) throws Exception {
        Path project = project(name);
        int code = audit(project, changed(project, json, t -> t.replace("\t\tjump flow_" + flow + "\n", "")), json);
        String report = stdout.toString();
        assertEquals(4, code, report);
        assertTrue(report.contains(", 1 closed,"), report);
        String closed = report.substring(report.indexOf("Closed (1)"), report.indexOf("Open ("));
        assertTrue(closed.contains(flow + ": "), closed);
        assertTrue(closed.contains("stopped by " + dir.resolve(json ? "ruleset.json" : "ruleset.txt") + ":"), closed);
        // no policy: the drop at the end of forward closes the appliance
        assertTrue(Pattern.compile("chain inet flowdoc forward" + (json ? ", handle \\d+" : "") + " \"(to|from) the appliance: no documented flow\"").matcher(closed).find(), closed);
    }

    @ParameterizedTest
    @CsvSource({"real,true,admin-gui,'8080, 8443',8443,8080", "real,false,admin-gui,'8080, 8443',8443,8080",
            "second,true,mail-relay,'25, 587',25,587", "second,false,mail-relay,'25, 587',25,587"})
    void aNarrowedPortIsPartlyOpen(String name, boolean json, String flow, String ports, String kept, String lost) throws Exception {
        Path project = project(name);
        int code = audit(project, changed(project, json, t -> t.replace("tcp dport { " + ports + " }", "tcp dport " + kept)), json);
        String report = stdout.toString();
        assertEquals(4, code, report);
        assertTrue(report.contains(", 1 partly open,"), report);
        String partly = report.substring(report.indexOf("Partly open (1)"), report.indexOf("Open ("));
        assertTrue(partly.contains(flow + ": "), partly);
        assertTrue(Pattern.compile("missing: TCP " + lost + " from 10\\.\\d\\.\\d+\\.1 to 10\\.\\d\\.\\d+\\.1").matcher(partly).find(), partly);
        assertTrue(partly.contains("let through by"), "the port still open names its rule: " + partly);
    }

    @ParameterizedTest
    @CsvSource({"real,true,10.0.0.1", "real,false,10.0.0.1", "second,true,10.1.0.1", "second,false,10.1.0.1"})
    void anExtraAcceptForRdpToTheApplianceIsOpenBeyondTheDocumentation(String name, boolean json, String appliance) throws Exception {
        Path project = project(name);
        String rdp = "\t\tip daddr " + appliance + " tcp dport 3389 accept comment \"rdp\"\n";
        int code = audit(project, changed(project, json, t -> t.replace("\t\tct state established,related accept\n",
                "\t\tct state established,related accept\n" + rdp)), json);
        String report = stdout.toString();
        assertEquals(4, code, report);
        int n = flows(project);
        assertTrue(report.contains(n + " open, 0 partly open, 0 closed, 0 unknown, 0 without addresses; 1 rule opens more than documented."), report);
        String beyond = report.substring(report.indexOf("Open beyond the documentation"));
        assertTrue(beyond.contains("\"rdp\""), beyond);
        assertTrue(beyond.contains("TCP 3389 from 0.0.0.0/0 to " + appliance + "\n"), beyond);
    }

    @ParameterizedTest
    @CsvSource({"real,true,mail-inbound-direct,10.0.0.1,25", "real,false,mail-inbound-direct,10.0.0.1,25",
            "second,true,mail-in,10.1.1.1,25", "second,false,mail-in,10.1.1.1,25"})
    void aDropBeforeTheAcceptClosesTheFlow(String name, boolean json, String flow, String destination, String port) throws Exception {
        Path project = project(name);
        String drop = "\t\tip daddr " + destination + " tcp dport " + port + " drop comment \"no-smtp\"\n";
        int code = audit(project, changed(project, json, t -> t.replace("\t\tct state established,related accept\n",
                "\t\tct state established,related accept\n" + drop)), json);
        String report = stdout.toString();
        assertEquals(4, code, report);
        String closed = report.substring(report.indexOf("Closed ("), report.indexOf("Open ("));
        assertTrue(closed.contains(flow + ": "), closed);
        Matcher m = Pattern.compile("stopped by \\S*/ruleset\\.(json|txt):\\d+:\\d+ chain inet flowdoc forward"
                + (json ? ", handle \\d+" : "") + " \"no-smtp\"").matcher(closed);
        assertTrue(m.find(), closed);
        assertFalse(report.substring(report.indexOf("Open (")).contains(flow + ": "), "order matters: the accept after the drop never counts");
    }

    @Test
    void upgradeTo13ListsTheDeltaAndItsGapRulesCloseIt() throws Exception {
        String r12 = ruleset(REAL, "--product-version", "12.1.0");
        Path gap = dir.resolve("gap.nft");
        int code = audit(REAL, exported(true, r12), true, "--product-version", "12.1.0", "--upgrade-to", "13.0.0",
                "--gap-rules", gap.toString());
        String report = stdout.toString();
        assertEquals(4, code, stderr + report);
        String upgrade = report.substring(report.indexOf("Upgrade from 12.1.0 to 13.0.0"));
        assertTrue(upgrade.contains("To open (1)\n    cluster-backend-frontend: Backend → Frontend, TCP 22 (SSH)\n"), upgrade);
        assertFalse(upgrade.contains("To change"), upgrade);
        assertFalse(upgrade.contains("To close"), upgrade);
        String rules = Files.readString(gap);
        assertTrue(rules.contains("add rule inet flowdoc flow_cluster-backend-frontend ip saddr { 10.0.2.1 } ip daddr { 10.0.1.1 } tcp dport 22 accept"), rules);
        // the gap rules over the 12.1.0 ruleset: the configuration is then what 13.0.0 documents
        String after = exported(true, r12, rules);
        assertEquals(0, audit(REAL, after, true, "--product-version", "12.1.0", "--upgrade-to", "13.0.0"), stdout.toString());
        assertTrue(stdout.toString().contains("The configuration is ready for 13.0.0: nothing to open, change or close."), stdout.toString());
    }

    @Test
    void theReportInGermanAndAsJson() throws Exception {
        String config = changed(REAL, true, t -> t.replace("\t\tjump flow_gina-https\n", ""));
        assertEquals(4, audit(REAL, config, true, "--lang", "de"));
        String report = stdout.toString();
        int n = flows(REAL);
        assertTrue(report.contains(n + " dokumentierte Kommunikationswege: " + (n - 1) + " offen, 0 teilweise offen, 1 geschlossen, 0 nicht auswertbar, 0 ohne Adressen; keine Regel öffnet mehr als dokumentiert."), report);
        assertTrue(report.contains("Geschlossen (1)\n  GINA\n    gina-https: "), report);
        assertTrue(report.contains("fehlt: TCP 443 von 10.0.10.1 nach 10.0.0.1"), report);
        assertTrue(report.contains("gestoppt von " + dir.resolve("ruleset.json") + ":"), report);
        assertEquals(4, audit(REAL, config, true, "--json"));
        JsonNode json = JSON.readTree(stdout.toString());
        assertEquals(1, json.get("counts").get("closed").asInt());
        assertEquals(n - 1, json.get("counts").get("open").asInt());
        assertFalse(json.get("clean").asBoolean());
        JsonNode gina = null;
        for (JsonNode f : json.get("flows")) {
            if (f.get("id").asText().equals("gina-https")) {
                gina = f;
            }
        }
        assertEquals("closed", gina.get("state").asText());
        assertEquals("gina", gina.get("group").asText());
        assertEquals("443", gina.get("missing").get(0).get("ports").asText());
        assertTrue(gina.get("deniedBy").get(0).get("name").asText().endsWith("\"to the appliance: no documented flow\""),
                gina.get("deniedBy").toString());
        assertEquals(0, json.get("counts").get("extra").asInt());
        assertEquals(0, json.get("counts").get("vendorDefault").asInt());
    }

    @ParameterizedTest
    @CsvSource({"true", "false"})
    void aRuleFlowdocCannotEvaluateMakesTheFlowsItMightDecideUnknown(boolean json) throws Exception {
        String config = changed(REAL, json, t -> t.replace("\t\tct state established,related accept\n",
                "\t\tct state established,related accept\n\t\tmeta mark 0x00000001 tcp dport 443 drop comment \"marked\"\n"));
        assertEquals(4, audit(REAL, config, json));
        String report = stdout.toString();
        String unknown = report.substring(report.indexOf("Unknown (cannot be evaluated)"), report.indexOf("Open ("));
        assertTrue(unknown.contains("gina-https: "), unknown);
        assertTrue(unknown.contains("cannot be evaluated: meta mark"), unknown);
        assertTrue(unknown.contains("\"marked\""), unknown);
        assertFalse(unknown.contains("mail-inbound-direct"), "TCP 25 never meets the rule: " + unknown);
    }

    @Test
    void badInputIsAnsweredAtItsPositionAndNothingIsWritten() throws Exception {
        Path gap = dir.resolve("gap.nft");
        assertEquals(1, audit(REAL, "{\"nftables\": [{\"table\": {\"family\": \"inet\"}},\n  {\"rule\": ]}", true,
                "--product-version", "12.1.0", "--upgrade-to", "13.0.0", "--gap-rules", gap.toString()));
        assertTrue(stderr.toString().contains("ruleset.json:2:12: error: not valid JSON"), stderr.toString());
        assertFalse(Files.exists(gap), "nothing written when the audit fails");
        assertEquals(1, audit(REAL, "table inet filter {\n\tchain forward {\n\t\ttype filter hook sideways priority 0;\n\t}\n}\n", false));
        assertTrue(stderr.toString().contains("ruleset.txt:3:20: error: unknown hook 'sideways'"), stderr.toString());
        assertEquals(1, audit(REAL, "config firewall policy\n    edit 1\n        set action accept\n    next\nend\n", false));
        assertTrue(stderr.toString().contains("ruleset.txt:1:1: error: this is a FortiGate configuration, not nftables; run with --format fortigate"),
                stderr.toString());
        assertEquals(1, audit(REAL, "set rulebase security rules r1 action allow\n", false));
        assertTrue(stderr.toString().contains("this is a PAN-OS configuration, not nftables"), stderr.toString());
        assertEquals("", stdout.toString(), "no report when the audit fails");
    }

    @Test
    void usageErrors() throws Exception {
        assertEquals(2, run("audit", "--project", REAL.toString(), "--format", "nftables", "--addresses", "a.json"));
        assertTrue(stderr.toString().contains("--config FILE"), stderr.toString());
        assertEquals(2, run("audit", "--project", REAL.toString(), "--format", "iptables", "--config", "x", "--addresses", "a.json"));
        assertTrue(stderr.toString().contains("unknown format 'iptables'"), stderr.toString());
        assertEquals(2, run("audit", "--project", REAL.toString(), "--format", "nftables", "--config", "x", "--addresses", "a.json",
                "--upgrade-to", "13.0.0"));
        assertTrue(stderr.toString().contains("--upgrade-to needs --product-version"), stderr.toString());
    }
}
