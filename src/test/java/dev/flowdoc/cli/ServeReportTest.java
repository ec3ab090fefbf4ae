package dev.flowdoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.flowdoc.diag.Problem;
import dev.flowdoc.diag.Severity;
import dev.flowdoc.model.Location;
import java.util.List;
import org.junit.jupiter.api.Test;

/** serve's terminal: each problem once, when it appears; "repaired" when an error goes; the site's state when it turns. */
class ServeReportTest {
    private static final Problem HINT = new Problem(Location.of("data/flows.json"), Severity.WARNING,
            "group 'cluster': its condition is forced by option 'cluster'", null);
    private static final Problem PORT = new Problem(new Location("data/flows.json", 31, 56), Severity.ERROR,
            "flow 'mail-in': port 70000 is outside 1–65535", "a TCP or UDP port is a number from 1 to 65535");
    private static final Problem ENDPOINT = new Problem(new Location("data/flows.json", 32, 22), Severity.ERROR,
            "flow 'mail-in': unknown endpoint 'scaner' in source", null);

    @Test
    void eachProblemOnceAndRepairedWhenItGoes() {
        ServeCommand serve = new ServeCommand();
        assertEquals(List.of("data/flows.json: warning: group 'cluster': its condition is forced by option 'cluster'",
                        "flowdoc serve: rebuilt 12 pages in 300 ms (12 converted by Asciidoctor)"),
                serve.reportLines(true, List.of(HINT), 12, 300_000_000L, 12), "the first build: the project's warnings");
        assertEquals(List.of("flowdoc serve: rebuilt 1 page in 50 ms (1 converted by Asciidoctor)"),
                serve.reportLines(true, List.of(HINT), 1, 50_000_000L, 1), "a rebuild does not repeat the warning");

        assertEquals(List.of(PORT.format(), ENDPOINT.format(),
                        "flowdoc serve: the last good site stays served until the problems are repaired; pages show them at the top"),
                serve.reportLines(false, List.of(HINT, PORT, ENDPOINT), 0, 0, 0));
        assertEquals(List.of(), serve.reportLines(false, List.of(HINT, PORT, ENDPOINT), 0, 0, 0), "another save, nothing new");

        Problem moved = new Problem(new Location("data/flows.json", 33, 22), Severity.ERROR, ENDPOINT.message(), null);
        assertEquals(List.of("flowdoc serve: repaired: data/flows.json:31:56: flow 'mail-in': port 70000 is outside 1–65535"),
                serve.reportLines(false, List.of(HINT, moved), 0, 0, 0), "the port repaired; the endpoint only moved a line down");

        assertEquals(List.of("flowdoc serve: repaired: data/flows.json:33:22: flow 'mail-in': unknown endpoint 'scaner' in source",
                        "flowdoc serve: repaired: every problem is gone, the site is built again",
                        "flowdoc serve: rebuilt 2 pages in 80 ms (2 converted by Asciidoctor)"),
                serve.reportLines(true, List.of(HINT), 2, 80_000_000L, 2));
    }
}
