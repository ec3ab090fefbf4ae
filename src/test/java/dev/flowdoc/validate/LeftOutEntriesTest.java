package dev.flowdoc.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.flowdoc.testing.TestProjects;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An entry that breaks its schema is left out of the model, but what can still be checked on its raw JSON is
 * reported in the same run, each at its value; what only follows from leaving it out stays held back.
 */
class LeftOutEntriesTest {
    @Test
    void aFlowWithABadPortAndAnUnknownEndpointGetsBothErrorsInOneRun(@TempDir Path tmp) {
        Path project = TestProjects.copy(TestProjects.MINIMAL, tmp.resolve("p"));
        TestProjects.replace(project, "data/flows.json", "\"ports\": [25], \"service\": \"SMTP\" } ],\n          \"source\": [\"internet\"]",
                "\"ports\": [70000], \"service\": \"SMTP\" } ],\n          \"source\": [\"scaner\"]");
        TestProjects.Run run = TestProjects.run("check", "--project", project.toString());
        assertEquals(List.of(
                "data/flows.json:31:56: error: flow 'mail-in': port 70000 is outside 1–65535; a TCP or UDP port is a number from 1 to 65535",
                "data/flows.json:32:22: error: flow 'mail-in': unknown endpoint 'scaner' in source; add it to data/endpoints.json or use one of its ids",
                "2 errors"), run.errLines());
        assertEquals(1, run.exitCode());
    }

    @Test
    void anEntryWhoseJsonCannotBeReadIsReportedByTheSchemaAlone(@TempDir Path tmp) {
        Path project = TestProjects.copy(TestProjects.MINIMAL, tmp.resolve("p"));
        // no id and a list where the description belongs: nothing of it can be read; the schema says what is wrong
        TestProjects.replace(project, "data/flows.json", "\"id\": \"mail-in\",", "");
        TestProjects.replace(project, "data/flows.json", "\"source\": [\"internet\"]", "\"source\": \"scaner\"");
        TestProjects.Run run = TestProjects.run("check", "--project", project.toString());
        assertEquals(1, run.exitCode());
        assertEquals(List.of(
                "data/flows.json:29:9: error: flow #1: required property 'id' is missing; add \"id\"",
                "data/flows.json:32:21: error: flow #1: 'source' must be a list, not the text \"scaner\"",
                "2 errors"), run.errLines(), run.err());
    }
}
