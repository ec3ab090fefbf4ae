package dev.flowdoc.validate;

import dev.flowdoc.diag.Problem;
import dev.flowdoc.diag.Problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdoc.site.Loader;
import dev.flowdoc.testing.TestProjects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Content errors name the file, the line and the column, and say what to do. */
class ContentValidationTest {
    @TempDir
    Path tmp;

    private List<String> problems(Path project) {
        Problems problems = new Problems();
        Loader.load(project, problems);
        return problems.all().stream().map(Problem::format).toList();
    }

    @Test
    void theRealProjectIsClean() {
        assertEquals(List.of(), problems(TestProjects.REPOSITORY));
    }

    @Test
    void endpointsAndProfilesMacrosTakeOnlyAll() throws Exception {
        Path project = TestProjects.copyOfRepository(tmp);
        TestProjects.replace(project, "content/en/index.adoc", "endpoints::all[]", "endpoints::internet[]");
        TestProjects.replace(project, "content/de/index.adoc", "profiles::all[]", "profile::all[]");
        List<String> found = problems(project);
        assertTrue(found.stream().anyMatch(p -> p.startsWith("content/en/index.adoc:") && p.contains("error: endpoints: unknown target 'internet'")
                && p.contains("write endpoints::all[]")), found.toString());
        assertTrue(found.stream().anyMatch(p -> p.startsWith("content/de/index.adoc:") && p.contains("unknown block macro 'profile::'")
                && p.contains("did you mean 'profiles::'?")), found.toString());
    }

    @Test
    void missingCounterpartPage() throws Exception {
        Path project = TestProjects.copyOfRepository(tmp);
        Files.delete(project.resolve("content/en/clustering.adoc"));
        List<String> found = problems(project);
        assertTrue(found.contains("content/de/clustering.adoc:1:1: error: the page has no en counterpart; "
                + "create content/en/clustering.adoc with the same anchors"), found.toString());
        assertTrue(found.stream().anyMatch(p -> p.startsWith("data/chapters.json:") && p.contains("content/en/clustering.adoc does not exist")), found.toString());
    }

    @Test
    void unknownMacroTarget() {
        Path project = TestProjects.copyOfRepository(tmp);
        TestProjects.replace(project, "content/de/clustering.adoc", "group:time-sync[]", "group:time-synk[]");
        TestProjects.replace(project, "content/de/index.adoc", "flowtable::all[]", "flowtable::everything[]");
        List<String> found = problems(project);
        assertTrue(found.contains("content/de/clustering.adoc:4:154: error: group:time-synk[]: unknown group 'time-synk'; "
                + "did you mean 'time-sync'?"), found.toString());
        assertTrue(found.stream().anyMatch(p -> p.startsWith("content/de/index.adoc:72:12: error: flowtable: unknown group 'everything'")), found.toString());
    }

    @Test
    void xrefToMissingAnchorAndMissingAnchorInOtherLanguage() {
        Path project = TestProjects.copyOfRepository(tmp);
        TestProjects.replace(project, "content/en/index.adoc", "Keep access from the Internet", "See <<flow-dns-nope>> and xref:clustering.adoc#gina[].\nKeep access from the Internet");
        TestProjects.replace(project, "content/en/clustering.adoc", "[[gina-satellite]]", "[[gina-satelite]]");
        List<String> found = problems(project);
        assertTrue(found.contains("content/en/index.adoc:78:7: error: cross reference to a missing anchor 'flow-dns-nope' on content/en/index.adoc; "
                + "define it with [[flow-dns-nope]] or use flow:ID[] / group:ID[]"), found.toString());
        assertTrue(found.stream().anyMatch(p -> p.startsWith("content/en/index.adoc:78:32: error: cross reference to a missing anchor 'gina' on content/en/clustering.adoc")), found.toString());
        assertTrue(found.stream().anyMatch(p -> p.startsWith("content/de/clustering.adoc:15:3: error: anchor 'gina-satellite' is missing in content/en/clustering.adoc")), found.toString());
        assertTrue(found.stream().anyMatch(p -> p.startsWith("data/chapters.json:") && p.contains("anchor 'gina-satellite' is not defined in content/en/clustering.adoc")), found.toString());
    }

    @Test
    void groupShownByNoTable() {
        Path project = TestProjects.copyOfRepository(tmp);
        TestProjects.replace(project, "content/en/index.adoc", "flowtable::all[]", "flowtable::mail[]");
        List<String> found = problems(project);
        assertTrue(found.stream().anyMatch(p -> p.contains("error: group 'dns' is shown by no flow table in content/en/")), found.toString());
    }
}
