package dev.flowdoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdoc.testing.TestProjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    @Test
    void helpListsTheCommands() {
        TestProjects.Run run = TestProjects.run("--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("check"), run.out());
    }

    /** picocli lists a command with the first line of its description: each line is a whole sentence. */
    @Test
    void helpTextsAreWholeSentences() {
        java.util.List<picocli.CommandLine> commands = new java.util.ArrayList<>();
        java.util.Deque<picocli.CommandLine> todo = new java.util.ArrayDeque<>(java.util.List.of(Main.commandLine()));
        while (!todo.isEmpty()) {
            picocli.CommandLine c = todo.pop();
            commands.add(c);
            todo.addAll(c.getSubcommands().values());
        }
        for (picocli.CommandLine c : commands) {
            for (String line : c.getCommandSpec().usageMessage().description()) {
                line = line.replace("%n", "");
                assertTrue(line.matches("[A-Z\\-].*[.)]"), c.getCommandName() + ": not a whole sentence: " + line);
            }
            for (picocli.CommandLine.Model.ArgSpec arg : c.getCommandSpec().args()) {
                for (String raw : arg.description()) {
                    String line = raw.replace("%n", "");
                    assertTrue(line.matches("[A-Z].*\\."), c.getCommandName() + " " + arg.paramLabel() + ": " + line);
                }
            }
        }
    }

    @Test
    void unknownCommandIsAUsageError() {
        TestProjects.Run run = TestProjects.run("chek");
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().contains("check"), "suggests the right command: " + run.err());
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertEquals(ExitCodes.USAGE, TestProjects.run("check", "--projekt", ".").exitCode());
    }

    @Test
    void aFileThatCannotBeReadIsAProblemNotACrash(@TempDir Path tmp) throws IOException {
        Path project = TestProjects.copy(TestProjects.MINIMAL, tmp.resolve("p"));
        Files.delete(project.resolve("data/flows.json"));
        Files.createDirectory(project.resolve("data/flows.json"));
        TestProjects.Run run = TestProjects.run("check", "--project", project.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith("data/flows.json: error: cannot read the file"), run.err());
        assertTrue(!run.err().contains("Exception:") && !run.err().contains("\tat "), run.err());
    }

    @Test
    void aProjectFolderThatDoesNotExistIsNamed(@TempDir Path tmp) {
        Path missing = tmp.resolve("nosuch");
        TestProjects.Run run = TestProjects.run("check", "--project", missing.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith(missing + ": error: the project folder does not exist"), run.err());
    }
}
