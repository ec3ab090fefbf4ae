package dev.flowdoc.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdoc.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Options, conditions and profiles: every problem named with file:line:col, through `flowdoc check`. */
class DeploymentValidationTest {
    @TempDir
    Path root;

    @BeforeEach
    void copyTheRepositoryData() throws IOException {
        // check validates what build would: the pages too
        for (String folder : List.of("data", "content")) {
            copy(Path.of(folder).toAbsolutePath(), root.resolve(folder));
        }
    }

    private static void copy(Path from, Path into) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path to = into.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                }
            }
        }
    }

    private List<String> check() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"check", "--project", root.toString()}, new PrintWriter(out, true), new PrintWriter(err, true));
        List<String> lines = err.toString().lines().toList();
        assertEquals(lines.stream().anyMatch(l -> l.contains(": error: ")) ? 1 : 0, code, err.toString());
        return lines;
    }

    private void write(String file, String text) throws IOException {
        Files.writeString(root.resolve(file), text, StandardCharsets.UTF_8);
    }

    private void replace(String file, String from, String to) throws IOException {
        String text = Files.readString(root.resolve(file), StandardCharsets.UTF_8);
        assertTrue(text.contains(from), from);
        write(file, text.replace(from, to));
    }

    /** "line:col" of the first occurrence of {@code needle} in a file, 1-based. */
    private String position(String file, String needle) throws IOException {
        List<String> lines = Files.readAllLines(root.resolve(file), StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            int col = lines.get(i).indexOf(needle);
            if (col >= 0) {
                return (i + 1) + ":" + (col + 1);
            }
        }
        throw new AssertionError(needle + " not in " + file);
    }

    @Test
    void theRepositoryDataIsClean() {
        assertEquals(List.of(), check());
    }

    @Test
    void profileWithUnknownOptionAndUnmetRequirement() throws IOException {
        write("data/profiles/broken.json", """
                {
                  "title": {"de": "Kaputt", "en": "Broken", "src": "5df6f24d"},
                  "options": [
                    "cluster",
                    "dns-internl"
                  ]
                }
                """);
        assertEquals(List.of(
                "data/profiles/broken.json:4:5: error: profile 'broken': option 'cluster' requires ntp-internet or ntp-internal, "
                        + "which the profile does not select; add ntp-internet or ntp-internal to the profile's options, or remove 'cluster'",
                "data/profiles/broken.json:5:5: error: profile 'broken': unknown option 'dns-internl'; did you mean 'dns-internal'?",
                "2 errors"), check());
    }

    @Test
    void profileOptionsMustBeAllOrAList() throws IOException {
        write("data/profiles/odd.json", "{\"title\": {\"de\": \"x\", \"en\": \"y\"}, \"options\": \"alle\"}\n");
        assertEquals(List.of("data/profiles/odd.json:" + position("data/profiles/odd.json", "\"alle\"") + ": error: 'options' must be \"all\" or a list of option ids, each once; "
                + "e.g. \"options\": [\"ID1\", \"ID2\"], with ids from data/options.json", "1 error"), check());
    }

    @Test
    void unknownOptionInAFlowCondition() throws IOException {
        replace("data/flows.json", "{\"option\": \"nrpe\"}", "{\"option\": \"nrpee\"}");
        String at = position("data/flows.json", "\"nrpee\"");
        assertEquals(List.of(
                "data/flows.json:" + at + ": error: flow 'monitoring-nrpe' condition: unknown option 'nrpee'; did you mean 'nrpe'?",
                "data/options.json:" + position("data/options.json", "{ \"id\": \"nrpe\"") + ": warning: option 'nrpe' decides no flow; "
                        + "name it in a condition in data/flows.json or remove it",
                "1 error, 1 warning"), check());
    }

    @Test
    void misspelledConditionKeyIsASchemaError() throws IOException {
        replace("data/flows.json", "{\"option\": \"snmp\"}", "{\"opton\": \"snmp\"}");
        String at = position("data/flows.json", "\"opton\"");
        assertEquals(List.of("data/flows.json:" + at + ": error: flow 'monitoring-snmp': unknown property 'opton'; did you mean 'option'?",
                "1 error"), check());
    }

    @Test
    void errorsInsideAnyNameTheGroup() throws IOException {
        replace("data/flows.json", "{\"any\": [{\"option\": \"ntp-internet\"}, {\"option\": \"ntp-internal\"}]}",
                "{\"any\": [{\"option\": \"ntp-internet\"}, {\"option\": \"ntp-internal\", \"all\": []}]}");
        String at = position("data/flows.json", "{\"option\": \"ntp-internal\", \"all\"");
        List<String> lines = check();
        assertTrue(lines.contains("data/flows.json:" + at + ": error: group 'time-sync': 'any[2]' needs exactly one of the keys option, any, all, not; "
                + "e.g. {\"option\": \"ID\"} or {\"any\": [{\"option\": \"ID1\"}, {\"option\": \"ID2\"}]}, with ids from data/options.json"), lines.toString());
    }

    @Test
    void optionalFlowWithoutConditionWouldBeInEveryChecklist() throws IOException {
        replace("data/flows.json", "      \"condition\": {\"option\": \"sspm\"},\n", "");
        List<String> lines = check();
        assertTrue(lines.get(0).matches("data/flows\\.json:\\d+:\\d+: error: flow 'sspm-sms-gateway' is optional but has no condition, "
                + "so every checklist would list it; .*"), lines.get(0));
    }
}
