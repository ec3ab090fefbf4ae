package dev.flowdoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdoc.model.Language;
import dev.flowdoc.testing.TestProjects;
import dev.flowdoc.testing.TestProjects.Run;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 24: a checklist asks for the address of a role of the product (an endpoint in an "appliance" zone) only where
 * one of its flows names that role. On the repository's own project: the minimal profile (no cluster, no GINA
 * frontend) and the one-flow upgrade 12.1.0 → 13.0.0 ask less; the full profile asks for every role; a filled
 * checklist with the fewer fields still gives its firewall rules.
 */
class ChecklistAsksOnlyWhatItUsesTest {
    static final Path REPO = TestProjects.REPOSITORY;

    @TempDir
    Path dir;

    Path write(Language language, String... args) {
        Path out = dir.resolve("checklist-" + language.code() + "-" + System.nanoTime() + ".pdf");
        List<String> all = new java.util.ArrayList<>(List.of("checklist", "--project", REPO.toString(), "--lang",
                language.code(), "--out", out.toString()));
        all.addAll(List.of(args));
        Run run = TestProjects.run(all.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        return out;
    }

    static List<String> addressFields(Path pdf) throws Exception {
        return ChecklistRoundTripTest.fieldNames(pdf).stream().filter(n -> n.startsWith("endpoint.") || n.equals("customer")).toList();
    }

    static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    static String words(Language language, String de, String en) {
        return language == Language.DE ? de : en;
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theMinimalProfileAsksForTheApplianceAlone(Language language) throws Exception {
        Path pdf = write(language, "--profile", "minimal");
        assertEquals(List.of("customer", "endpoint.appliance.address"), addressFields(pdf));
        String text = text(pdf);
        assertTrue(text.contains(words(language, "Appliance (Hostname / IP-Adresse)", "Appliance (host name / IP address)")), text);
        for (String role : List.of("Frontend (", "Backend (", words(language, "GINA-Frontend (", "GINA frontend ("))) {
            assertFalse(text.contains(role), role + " is asked for: " + text);
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theFullProfileStillAsksForEveryRole(Language language) throws Exception {
        Path pdf = write(language, "--profile", "full");
        assertEquals(List.of("customer", "endpoint.appliance.address", "endpoint.frontend.address",
                "endpoint.backend.address", "endpoint.gina-frontend.address"), addressFields(pdf));
        assertTrue(text(pdf).contains(words(language, "GINA-Frontend (Hostname / IP-Adresse)", "GINA frontend (host name / IP address)")));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aOneFlowUpgradeAsksForTheRolesOfThatFlow(Language language) throws Exception {
        // 12.1.0 -> 13.0.0 opens cluster-backend-frontend alone: backend to frontend
        Path pdf = write(language, "--upgrade-from", "12.1.0");
        assertEquals(List.of("customer", "endpoint.frontend.address", "endpoint.backend.address"), addressFields(pdf));
        String text = text(pdf);
        assertFalse(text.contains(words(language, "Appliance (Hostname", "Appliance (host name")), text);
        assertFalse(text.contains(words(language, "GINA-Frontend (", "GINA frontend (")), text);
    }

    @Test
    void aProfileNarrowedUpgradeWithNothingToDoAsksForNoRole() throws Exception {
        // the minimal profile has no cluster: nothing changes for it from 12.1.0 to 13.0.0
        Path pdf = write(Language.EN, "--upgrade-from", "12.1.0", "--profile", "minimal");
        assertEquals(List.of("customer"), addressFields(pdf));
    }

    @Test
    void theFewerFieldsStillGiveTheRules() throws Exception {
        Path pdf = write(Language.DE, "--upgrade-from", "12.1.0");
        // the roles' addresses alone: the flow's own fields stay empty and take them
        Path filled = ChecklistRoundTripTest.fill(pdf, dir.resolve("filled.pdf"), Map.of(
                "endpoint.frontend.address", "192.0.2.21", "endpoint.backend.address", "192.0.2.22"), false);
        Run run = TestProjects.run("firewall", "--project", REPO.toString(), "--format", "nftables", "--from-checklist",
                filled.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("ip saddr { 192.0.2.22 } ip daddr { 192.0.2.21 }"), run.out());
        assertTrue(run.out().contains("comment \"cluster-backend-frontend\""), run.out());
    }
}
