package dev.flowdoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flowdoc.testing.TestProjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code flowdoc init} → {@code check} → {@code build} on an empty folder: a working bilingual site, no theme copy. */
class InitTest {
    @TempDir
    Path tmp;

    @Test
    void anEmptyFolderBecomesAProjectThatChecksAndBuildsInBothLanguages() throws IOException {
        Path project = tmp.resolve("nordwind");
        TestProjects.Run init = TestProjects.run("init", project.toString(), "--product", "Nordwind Gateway");
        assertEquals(0, init.exitCode(), init.err());
        assertTrue(init.out().startsWith("flowdoc init: wrote a new project for Nordwind Gateway"), init.out());
        assertFalse(Files.exists(project.resolve("themes")), "no copy of the theme");
        for (String file : List.of("data/product.json", "data/endpoints.json", "data/flows.json", "data/profiles/full.json",
                "content/de/index.adoc", "content/en/index.adoc")) {
            assertTrue(Files.isRegularFile(project.resolve(file)), file);
        }

        TestProjects.Run check = TestProjects.run("check", "--strict", "--project", project.toString());
        assertEquals(0, check.exitCode(), check.err());
        assertEquals("", check.err(), "no warning, every text recorded as current");
        assertTrue(check.out().startsWith("flowdoc check: ok: 1 group, 1 flow, 3 endpoints"), check.out());

        Path site = tmp.resolve("site");
        TestProjects.Run build = TestProjects.run("build", "--quiet", "--project", project.toString(), "--out", site.toString());
        assertEquals(0, build.exitCode(), build.err());
        String de = Files.readString(site.resolve("de/index.html"));
        String en = Files.readString(site.resolve("en/index.html"));
        assertTrue(de.contains("Zugriff auf die Administrationsoberfläche."), "German flow description");
        assertTrue(de.contains("Funktion / Feature") && de.contains("Nordwind Gateway"), "German words of the bundled theme");
        assertTrue(en.contains("Access to the administration interface."), "English flow description");
        assertTrue(en.contains("Nordwind Gateway"), "the product's name");
        assertTrue(Files.isRegularFile(site.resolve("assets/css/screen.css")), "the bundled theme's assets");
        JsonNode flows = new ObjectMapper().readTree(site.resolve("flows.json").toFile());
        assertTrue(flows.toString().contains("admin-https"), flows.toString());
        for (String language : List.of("de", "en")) {
            try (PDDocument pdf = Loader.loadPDF(site.resolve(language + "/checklist-full.pdf").toFile())) {
                String text = new PDFTextStripper().getText(pdf);
                assertTrue(text.contains("HTTPS") && text.contains("443"), language + " checklist: " + text);
            }
        }
    }

    @Test
    void everySchemaTheDataNamesIsThere() throws IOException {
        Path project = tmp.resolve("p");
        assertEquals(0, TestProjects.run("init", project.toString()).exitCode());
        try (Stream<Path> files = Files.walk(project.resolve("data"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json") && !f.toString().contains("schema")).toList()) {
                String schema = new ObjectMapper().readTree(file.toFile()).get("$schema").asText();
                assertTrue(Files.isRegularFile(file.getParent().resolve(schema)), file + " names " + schema);
            }
        }
    }

    /** Issue 24: a zones.json (or an address file) added later names a schema init wrote too: every schema flowdoc has. */
    @Test
    void initWritesEverySchemaFlowdocChecksAgainst() throws IOException {
        Path project = tmp.resolve("all");
        assertEquals(0, TestProjects.run("init", project.toString()).exitCode());
        try (Stream<Path> schemas = Files.list(TestProjects.REPOSITORY.resolve("data/schema"))) {
            for (Path schema : schemas.toList()) {
                Path written = project.resolve("data/schema").resolve(schema.getFileName().toString());
                assertTrue(Files.isRegularFile(written), "init writes " + schema.getFileName());
                assertEquals(Files.readString(schema), Files.readString(written), schema.getFileName().toString());
            }
        }
        assertTrue(Files.isRegularFile(project.resolve("data/schema/zones.schema.json")));
    }

    /** check warns about a "$schema" naming a file that is not there, at the value's position, and still passes. */
    @Test
    void checkWarnsAboutASchemaThatIsNotThere() throws IOException {
        Path project = tmp.resolve("missing");
        assertEquals(0, TestProjects.run("init", project.toString()).exitCode());
        Files.delete(project.resolve("data/schema/flows.schema.json"));
        Path endpoints = project.resolve("data/endpoints.json");
        Files.writeString(endpoints, Files.readString(endpoints).replace("schema/endpoints.schema.json", "schema/endpoint.schema.json"));
        TestProjects.Run check = TestProjects.run("check", "--project", project.toString());
        assertEquals(0, check.exitCode(), check.err());
        assertTrue(check.err().contains("data/flows.json:2:14: warning: \"$schema\" names schema/flows.schema.json, which does not exist"), check.err());
        assertTrue(check.err().contains("data/endpoints.json:2:14: warning: \"$schema\" names schema/endpoint.schema.json, which does not exist"), check.err());
        assertTrue(check.out().endsWith("2 warnings\n") || check.out().contains("2 warnings"), check.out());
    }

    @Test
    void aFolderThatIsNotEmptyIsRefusedAndLeftAlone() throws IOException {
        Path project = Files.createDirectories(tmp.resolve("taken"));
        Files.writeString(project.resolve("notes.txt"), "mine");
        Map<String, String> before = TestProjects.tree(project);
        TestProjects.Run run = TestProjects.run("init", project.toString());
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().contains("is not empty; flowdoc init writes a new project only into a new or empty folder"), run.err());
        assertEquals(before, TestProjects.tree(project));
    }
}
