package dev.flowdoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdoc.diag.Counts;
import dev.flowdoc.model.Language;
import dev.flowdoc.model.Messages;
import dev.flowdoc.testing.TestProjects;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Plurals come from the bundles (the theme's for readers, counts.properties for the console and rulesets): one of a
 * thing is singular in every output, in both languages. The real project's upgrade from 12.1.0 to 13.0.0 opens
 * exactly one flow.
 */
public class PluralsTest {
    /** What issue 24 found in published output; none may appear anywhere. */
    static final Pattern WRONG = Pattern.compile("\\b1 (changes|rules|flows|errors|warnings|Kommunikationswege|communication paths)\\b"
            + "|diese 1 |these 1 ");

    @TempDir
    Path tmp;

    @ParameterizedTest
    @EnumSource(Language.class)
    void anUpgradeChecklistWithOneFlowSaysSoInTheSingular(Language language) throws IOException {
        Path out = tmp.resolve("upgrade-" + language.code() + ".pdf");
        TestProjects.Run run = TestProjects.run("checklist", "--project", TestProjects.REPOSITORY.toString(),
                "--lang", language.code(), "--upgrade-from", "12.1.0", "--out", out.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        String text = pdf(out);
        assertTrue(text.contains(language == Language.DE
                ? "Nur dieser eine Kommunikationsweg ist neu freizuschalten oder zu ändern."
                : "Only this one communication path has to be opened or changed."), text);
        assertTrue(run.out().contains("upgrade 12.1.0 → 13.0.0, " + language.code() + ", 1 change\n")
                || run.out().strip().endsWith(", 1 change)"), run.out());
        assertNoWrongPlural(text + run.out() + run.err());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aChecklistWithManyFlowsKeepsThePlural(Language language) throws IOException {
        Path out = tmp.resolve("full-" + language.code() + ".pdf");
        TestProjects.Run run = TestProjects.run("checklist", "--project", TestProjects.REPOSITORY.toString(),
                "--lang", language.code(), "--profile", "minimal", "--out", out.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        String text = pdf(out);
        assertTrue(Pattern.compile(language == Language.DE ? "Nur diese \\d+ Kommunikationswege sind für das Profil"
                : "Only these \\d+ communication paths are needed for the profile").matcher(text).find(), text);
        assertNoWrongPlural(text + run.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"nftables", "fortigate", "panos"})
    void aRulesetForOneChangeSaysOneChangeAndOneRule(String format) throws IOException {
        Path addresses = tmp.resolve("addresses.json");
        Files.writeString(addresses, "{\"endpoints\": {\"appliance\": [\"10.0.0.1\"], \"frontend\": [\"10.0.0.2\"],"
                + " \"backend\": [\"10.0.0.3\"]}}");
        Path out = tmp.resolve("rules-" + format + ".txt");
        TestProjects.Run run = TestProjects.run("firewall", "--project", TestProjects.REPOSITORY.toString(), "--format", format,
                "--addresses", addresses.toString(), "--upgrade-from", "12.1.0", "--out", out.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        String rules = Files.readString(out);
        assertTrue(rules.contains("Upgrade 12.1.0 -> 13.0.0: 1 change\n"), rules);
        assertTrue(run.out().contains(format + ", 1 rule"), run.out());
        assertNoWrongPlural(rules + run.out() + run.err());
    }

    @Test
    void theConsoleCountsInTheSingularAndThePlural() {
        assertEquals("1 error", Counts.count(1, "error"));
        assertEquals("2 errors", Counts.count(2, "error"));
        assertEquals("0 warnings", Counts.count(0, "warning"));
        assertEquals("1 menu path", Counts.count(1, "menu-path"));
        assertEquals("1 English text is stale (its German changed since it was translated)", Counts.message("translations.stale", 1));
        assertEquals("4 English texts have no translation recorded (no \"src\")", Counts.message("translations.missing", 4));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theThemesCountedWordsAgreeWithTheirNumber(Language language) throws IOException {
        Messages words = bundle(language);
        boolean de = language == Language.DE;
        assertTrue(words.format("checklist.instructions", 1, "Minimal").endsWith(de
                ? "Nur dieser eine Kommunikationsweg ist für das Profil „Minimal“ erforderlich."
                : "Only this one communication path is needed for the profile “Minimal”."));
        assertTrue(words.format("checklist.instructions", 12, "Minimal").endsWith(de
                ? "Nur diese 12 Kommunikationswege sind für das Profil „Minimal“ erforderlich."
                : "Only these 12 communication paths are needed for the profile “Minimal”."));
        assertEquals(de ? "1 Kommunikationsweg zwischen 2 Endpunkten in den Zonen LAN." : "1 communication path between 2 endpoints in the zones LAN.",
                words.format("diagram.desc", 1, 2, "LAN"));
        assertEquals(de ? "3 Kommunikationswege zwischen 1 Endpunkt in den Zonen LAN." : "3 communication paths between 1 endpoint in the zones LAN.",
                words.format("diagram.desc", 3, 1, "LAN"));
        // a text without a choice keeps its apostrophes as written
        assertEquals("it's {x}", Messages.format("it's {x}", language.locale()));
    }

    static Messages bundle(Language language) throws IOException {
        Path file = TestProjects.REPOSITORY.resolve("themes/default/i18n/messages_" + language.code() + ".properties");
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return Messages.read(in, language);
        }
    }

    public static void assertNoWrongPlural(String text) {
        var m = WRONG.matcher(text);
        assertFalse(m.find(), () -> "wrong plural: " + text.substring(Math.max(0, m.start() - 60), Math.min(text.length(), m.end() + 60)));
    }

    static String pdf(Path file) throws IOException {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }
}
