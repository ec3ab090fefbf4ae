package dev.flowdoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdoc.testing.TestProjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Only flowdoc speaks on standard error. Every command runs on a copy of the real project (a build with PDFs and
 * diagrams: JRuby, Asciidoctor, ELK, PDFBox; a filled checklist read back; the translation round trip; serve) and the
 * read-only ones on every case of the broken corpus, in a process of their own whose standard error is read as a
 * terminal would show it: every line is flowdoc's own, a problem ({@code path:line:col: error|warning: …}), the count
 * of problems, or a line that starts {@code flowdoc…:} (progress, what was written, what to do). Besides, a warning is
 * logged as PDFBox, ELK and the schema validator log theirs, and must not show either.
 *
 * <p>Note: "Annotation sizes differ: 10 vs. 0", reported as firewall --from-checklist's, is pypdf's (Python) log line,
 * printed while filling the checklist with pypdf, not flowdoc's; flowdoc's own libraries are silenced all the same.
 */
class OnlyFlowdocSpeaksTest {
    static final Pattern PROBLEM = Pattern.compile("\\S.*?(:\\d+:\\d+)?: (error|warning): \\S.*");
    static final Pattern COUNT = Pattern.compile("\\d+ errors?(, \\d+ warnings?)?");
    static final Pattern FLOWDOC = Pattern.compile("flowdoc( [a-z0-9-]+)*: \\S.*");

    @Test
    void everyLineOnStandardErrorIsFlowdocsOwn(@TempDir Path tmp) throws Exception {
        Path real = TestProjects.copyOfRepository(tmp.resolve("real"));
        Path filled = filledChecklist(real, tmp);
        List<List<String>> commands = new ArrayList<>();
        String p = real.toString();
        commands.add(List.of("check", "--project", p));
        commands.add(List.of("log-as-libraries"));
        commands.add(List.of("check", "--strict", "--verbose", "--project", p));
        commands.add(List.of("build", "--verbose", "--project", p, "--out", tmp.resolve("site").toString()));
        commands.add(List.of("checklist", "--project", p, "--lang", "de", "--profile", "full", "--out", tmp.resolve("full.pdf").toString()));
        commands.add(List.of("checklist", "--project", p, "--lang", "en", "--upgrade-from", "12.0.0", "--out", tmp.resolve("up.pdf").toString()));
        commands.add(List.of("changes", "--project", p, "--from", "12.0.0", "--to", "13.0.0"));
        commands.add(List.of("changes", "--project", p, "--from", "12.0.0", "--to", "13.0.0", "--format", "json"));
        commands.add(List.of("firewall", "--project", p, "--format", "nftables", "--from-checklist", filled.toString(), "--out", tmp.resolve("fw.nft").toString()));
        commands.add(List.of("firewall", "--project", p, "--addresses-template", "--profile", "full", "--out", tmp.resolve("addresses.json").toString()));
        commands.add(List.of("i18n", "status", "--all", "--project", p));
        commands.add(List.of("i18n", "export", "--project", p, "--out", tmp.resolve("texts.xlf").toString()));
        commands.add(List.of("i18n", "import", "--project", p, tmp.resolve("texts.xlf").toString()));
        commands.add(List.of("i18n", "mark-current", "--project", p, "--id", "endpoints/endpoint:appliance/label"));
        commands.add(List.of("init", tmp.resolve("new").toString()));
        commands.add(List.of("serve-until", tmp.resolve("served/index.html").toString(), "serve", "--port", "0", "--project", p, "--out", tmp.resolve("served").toString()));
        for (Path caseDir : TestProjects.cases("broken")) {
            Path project = TestProjects.brokenCase(caseDir, tmp.resolve("broken").resolve(caseDir.getFileName().toString()));
            String b = project.toString();
            commands.add(List.of("check", "--project", b));
            commands.add(List.of("build", "--project", b, "--out", tmp.resolve("broken-site").toString()));
            commands.add(List.of("checklist", "--project", b, "--lang", "de", "--profile", "full", "--out", tmp.resolve("broken.pdf").toString()));
            commands.add(List.of("changes", "--project", b, "--from", "9.2.0", "--to", "10.0.0"));
            commands.add(List.of("firewall", "--project", b, "--addresses-template", "--profile", "full", "--out", tmp.resolve("broken-addresses.json").toString()));
            commands.add(List.of("i18n", "status", "--project", b));
        }
        Path broken = tmp.resolve("broken/left-out-flow-checked-on-its-json");
        commands.add(List.of("serve-until", "8", "serve", "--port", "0", "--project", broken.toString(), "--out", tmp.resolve("served-broken").toString()));

        Map<String, List<String>> byCommand = run(commands, tmp);
        Map<String, List<String>> foreign = new java.util.TreeMap<>();
        byCommand.forEach((command, lines) -> {
            List<String> theirs = lines.stream().filter(l -> !(PROBLEM.matcher(l).matches() || COUNT.matcher(l).matches()
                    || FLOWDOC.matcher(l).matches())).toList();
            if (!theirs.isEmpty()) {
                foreign.put(command, theirs);
            }
        });
        assertEquals(Map.of(), foreign, "lines on standard error that are not flowdoc's own, by command");
        // the commands ran as meant: serve built the real project and reported the broken one's problems
        assertTrue(lines(byCommand, "serve-until TMP/served/index.html").stream().anyMatch(l -> l.startsWith("flowdoc serve: rebuilt ")),
                byCommand.toString());
        assertTrue(lines(byCommand, "serve-until 8").contains("data/flows.json:42:56: error: flow 'mail-out': port 70000 is outside 1–65535; "
                + "a TCP or UDP port is a number from 1 to 65535"), byCommand.toString());
        assertTrue(lines(byCommand, "check --project TMP/broken/port-out-of-range").contains("1 error"), byCommand.toString());
    }

    private static List<String> lines(Map<String, List<String>> byCommand, String start) {
        return byCommand.entrySet().stream().filter(e -> e.getKey().startsWith(start)).flatMap(e -> e.getValue().stream()).toList();
    }

    /** The lines of standard error by the command that printed them (paths below {@code tmp} written TMP). */
    private static Map<String, List<String>> run(List<List<String>> commands, Path tmp) throws IOException, InterruptedException {
        Path list = tmp.resolve("commands.txt");
        Files.write(list, commands.stream().map(c -> String.join("\t", c)).toList(), StandardCharsets.UTF_8);
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "-Xmx768m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "dev.flowdoc.testing.RunCommands", list.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(tmp.resolve("stderr.txt").toFile())
                .start();
        assertTrue(process.waitFor(15, TimeUnit.MINUTES), "the commands ran to the end");
        List<String> lines = Files.readAllLines(tmp.resolve("stderr.txt"), StandardCharsets.UTF_8);
        assertTrue(lines.contains("### done"), "every command ran: " + tail(lines));
        Map<String, List<String>> byCommand = new java.util.TreeMap<>();
        String command = "(before the first command)";
        for (String line : lines) {
            if (line.startsWith("### ")) {
                command = line.substring(4).replace(tmp.toString(), "TMP");
                byCommand.putIfAbsent(command, new ArrayList<>());
            } else {
                byCommand.computeIfAbsent(command, k -> new ArrayList<>()).add(line);
            }
        }
        return byCommand;
    }

    private static List<String> tail(List<String> lines) {
        return lines.subList(Math.max(0, lines.size() - 20), lines.size());
    }

    /** The full checklist of the project, with two flows' fields filled in by PDFBox. */
    private static Path filledChecklist(Path project, Path tmp) throws IOException {
        Path pdf = tmp.resolve("to-fill.pdf");
        TestProjects.Run run = TestProjects.run("checklist", "--project", project.toString(), "--lang", "de", "--profile", "full", "--out", pdf.toString());
        assertEquals(0, run.exitCode(), run.err());
        Path filled = tmp.resolve("filled.pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (Map.Entry<String, String> e : Map.of("flow.dns-internal-servers.source", "192.0.2.10",
                    "flow.dns-internal-servers.destination", "10.0.0.53", "flow.mail-outbound-relay.source", "10.0.0.25",
                    "flow.mail-outbound-relay.destination", "192.0.2.10").entrySet()) {
                PDField field = doc.getDocumentCatalog().getAcroForm().getField(e.getKey());
                field.setValue(e.getValue());
            }
            doc.save(filled.toFile());
        }
        return filled;
    }
}
