package dev.flowdoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.flowdoc.testing.TestProjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The messages of {@code i18n import} name the file as the user typed it, run in the project folder ("x.xlf:20:17",
 * never the folder glued to the name) or beside it ("p/x.xlf:…"). flowdoc runs as its own process here, since the
 * current folder of a JVM cannot change.
 */
class ImportMessagesTest {
    @TempDir
    Path tmp;
    Path project;

    @BeforeEach
    void export() throws Exception {
        project = TestProjects.copy(TestProjects.MINIMAL, tmp.resolve("p"));
        TestProjects.Run export = TestProjects.run("i18n", "export", "--project", project.toString(), "--out",
                project.resolve("x.xlf").toString());
        assertEquals(0, export.exitCode(), export.err());
    }

    private static List<String> flowdoc(Path folder, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(1, process.waitFor(), err);
        return err.lines().toList();
    }

    private static final String NOTHING = "nothing was imported: no file in data/ was changed";

    @Test
    void pathsAreAsTyped() throws Exception {
        Path xlf = project.resolve("x.xlf");
        String text = Files.readString(xlf);
        String renamed = text.replaceFirst("unit id=\"flows_group:updates_title\"", "unit id=\"flows_group:update_title\"");
        Files.writeString(project.resolve("unknown.xlf"), renamed);
        List<String> lines = renamed.lines().toList();
        int unitLine = lines.indexOf(lines.stream().filter(l -> l.contains("unit id=\"flows_group:update_title\"")).findFirst().orElseThrow()) + 1;
        int unitColumn = lines.get(unitLine - 1).indexOf('>') + 2; // StAX: just after the start tag
        String unknown = "unknown.xlf:" + unitLine + ":" + unitColumn
                + ": error: unknown unit 'flows_group:update_title': data/ has no text flows/group:update/title; did you mean"
                + " 'flows_group:updates_title'? the entry may have been renamed or removed since the export; export again";
        assertEquals(List.of(unknown, "1 error", NOTHING), flowdoc(project, "i18n", "import", "unknown.xlf"));
        assertEquals(List.of("p/" + unknown, "1 error", NOTHING), flowdoc(tmp, "i18n", "import", "--project", "p", "p/unknown.xlf"));

        Files.writeString(project.resolve("broken.xlf"), text.replaceFirst("</segment>", "</segmen>"));
        List<String> broken = flowdoc(project, "i18n", "import", "broken.xlf");
        assertEquals(3, broken.size(), broken.toString());
        assertEquals(true, broken.get(0).matches("broken\\.xlf:19:9: error: malformed XML: The element type \"segment\" must be terminated by the"
                + " matching end-tag \"</segment>\"; fix the XML at this place \\(the file must be well-formed XLIFF 2.0\\)"),
                broken.get(0));

        byte[] bytes = Files.readAllBytes(xlf);
        byte[] bad = java.util.Arrays.copyOf(bytes, bytes.length + 1);
        int charAt = text.indexOf("<target>") + "<target>".length();
        int at = text.substring(0, charAt).getBytes(StandardCharsets.UTF_8).length;
        System.arraycopy(bytes, at, bad, at + 1, bytes.length - at);
        bad[at] = (byte) 0xFF;
        Files.write(project.resolve("latin1.xlf"), bad);
        int line = (int) text.substring(0, charAt).chars().filter(c -> c == '\n').count() + 1;
        int col = charAt - text.substring(0, charAt).lastIndexOf('\n');
        assertEquals(List.of("latin1.xlf:" + line + ":" + col + ": error: the file is not valid UTF-8; save it with the encoding"
                + " UTF-8 (as 'flowdoc i18n export' wrote it)", "1 error", NOTHING), flowdoc(project, "i18n", "import", "latin1.xlf"));

        assertEquals(List.of("gone.xlf: error: there is no such file; check the path (relative to the current folder)",
                "1 error", NOTHING), flowdoc(project, "i18n", "import", "gone.xlf"));
    }
}
