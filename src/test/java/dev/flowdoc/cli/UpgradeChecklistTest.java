package dev.flowdoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdoc.view.delta.Delta;
import dev.flowdoc.model.Language;
import dev.flowdoc.model.Project;
import dev.flowdoc.model.Version;
import dev.flowdoc.render.pdf.UpgradeChecklistWriter;
import dev.flowdoc.testing.TestProjects;
import dev.flowdoc.testing.TestProjects.Run;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** checklist --upgrade-from: a fillable checklist of only the delta, read back with PDFBox. */
class UpgradeChecklistTest {
    static final Path HISTORY = TestProjects.RESOURCES.resolve("projects/history");

    @TempDir
    Path tmp;

    record Pdf(List<String> fields, String text, Run run) {}

    Pdf write(Path project, Language language, String... more) throws IOException {
        Path out = tmp.resolve("upgrade-" + language.code() + "-" + System.nanoTime() + ".pdf");
        List<String> args = new java.util.ArrayList<>(List.of("checklist", "--project", project.toString(),
                "--lang", language.code(), "--out", out.toString()));
        args.addAll(List.of(more));
        Run run = TestProjects.run(args.toArray(String[]::new));
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            List<String> names = new java.util.ArrayList<>();
            for (PDField f : doc.getDocumentCatalog().getAcroForm().getFieldTree()) {
                if (f instanceof org.apache.pdfbox.pdmodel.interactive.form.PDTerminalField) {
                    names.add(f.getFullyQualifiedName());
                }
            }
            return new Pdf(names, new PDFTextStripper().getText(doc).replaceAll("\\s+", " "), run);
        }
    }

    static String words(Language language, String de, String en) {
        return language == Language.DE ? de : en;
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void upgradeFromTwelveHasOnlyTheNewFlows(Language language) throws IOException {
        Pdf pdf = write(TestProjects.REPOSITORY, language, "--upgrade-from", "12.0.0");
        // only the product's endpoints the two flows name: no GINA frontend
        assertEquals(List.of("customer", "endpoint.appliance.address", "endpoint.frontend.address",
                "endpoint.backend.address",
                "flow.admin-restapi.source", "flow.admin-restapi.destination", "flow.admin-restapi.opened",
                "flow.cluster-backend-frontend.source", "flow.cluster-backend-frontend.destination",
                "flow.cluster-backend-frontend.opened", "signoff.name", "signoff.date", "signoff.signature"), pdf.fields());
        Project project = TestProjects.project();
        assertEquals(UpgradeChecklistWriter.fieldNames(project, Delta.between(project, Version.of("12.0.0"), Version.of("13.0.0"))),
                pdf.fields());
        assertTrue(pdf.text().contains(words(language, "Von Version 12.0.0 auf Version 13.0.0", "From version 12.0.0 to version 13.0.0")),
                pdf.text());
        assertFalse(pdf.text().contains(words(language, "Zu schließen", "To close")), "nothing to close");
        assertTrue(pdf.run().out().contains("upgrade 12.0.0 → 13.0.0, " + language.code() + ", 2 changes"), pdf.run().out());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void flowsToCloseHaveTheirOwnSectionWithACheckboxEach(Language language) throws IOException {
        Pdf pdf = write(HISTORY, language, "--upgrade-from", "9.2.0");
        assertEquals(List.of("customer", "endpoint.appliance.address",
                "flow.mail-out.source", "flow.mail-out.destination", "flow.mail-out.opened",
                "flow.updates-ssh.source", "flow.updates-ssh.destination", "flow.updates-ssh.opened",
                "close.updates-legacy.source", "close.updates-legacy.destination", "close.updates-legacy.closed", "signoff.name", "signoff.date", "signoff.signature"), pdf.fields());
        String text = pdf.text();
        assertTrue(text.contains("TCP 2222 (SSH) → TCP 22 (SSH)"), text);
        int close = text.indexOf(words(language, "Zu schließen", "To close"));
        assertTrue(close > text.indexOf("TCP 25 (SMTP)"), "after the flows to open: " + text);
        assertTrue(text.lastIndexOf("TCP 873 (RSYNC)") > close, "the legacy flow is in the closing section (after the diagram): " + text);
        assertTrue(text.contains(words(language, "– Version 10.0.0", "– version 10.0.0")), "footer names the release: " + text);
    }

    @Test
    void aDowngradeClosesWhatTheNewerReleaseAdded() throws IOException {
        Pdf pdf = write(TestProjects.REPOSITORY, Language.EN, "--product-version", "12.1.0", "--upgrade-from", "13.0.0");
        assertEquals(List.of("customer", "endpoint.frontend.address",
                "endpoint.backend.address", "close.cluster-backend-frontend.source",
                "close.cluster-backend-frontend.destination", "close.cluster-backend-frontend.closed",
                "signoff.name", "signoff.date", "signoff.signature"), pdf.fields());
        assertTrue(pdf.text().contains("No communication path has to be opened or changed."), pdf.text());
    }

    @Test
    void aProfileNarrowsTheDeltaToItsFlows() throws IOException {
        Pdf pdf = write(TestProjects.REPOSITORY, Language.DE, "--upgrade-from", "12.1.0", "--profile", "minimal");
        assertFalse(pdf.fields().stream().anyMatch(f -> f.contains("cluster-backend-frontend")), pdf.fields().toString());
        assertTrue(pdf.text().contains("Profil: "), pdf.text());
    }

    @Test
    void badUsageExitsTwo() {
        Run noProfile = TestProjects.run("checklist", "--project", TestProjects.REPOSITORY.toString(), "--lang", "de",
                "--out", tmp.resolve("x.pdf").toString());
        assertEquals(ExitCodes.USAGE, noProfile.exitCode());
        assertTrue(noProfile.err().contains("--profile NAME"), noProfile.err());
        Run badVersion = TestProjects.run("checklist", "--project", TestProjects.REPOSITORY.toString(), "--lang", "de",
                "--upgrade-from", "12", "--out", tmp.resolve("x.pdf").toString());
        assertEquals(ExitCodes.USAGE, badVersion.exitCode());
        assertTrue(badVersion.err().contains("--upgrade-from '12' is not a version of the form x.y.z"), badVersion.err());
    }

    @Test
    void checkboxesAreCheckboxes() throws IOException {
        Path out = tmp.resolve("c.pdf");
        assertEquals(ExitCodes.OK, TestProjects.run("checklist", "--project", HISTORY.toString(), "--lang", "en",
                "--upgrade-from", "9.2.0", "--out", out.toString()).exitCode());
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            assertTrue(doc.getDocumentCatalog().getAcroForm().getField("close.updates-legacy.closed") instanceof PDCheckBox);
            assertTrue(doc.getDocumentCatalog().getAcroForm().getField("flow.updates-ssh.opened") instanceof PDCheckBox);
        }
    }
}
