package dev.flowdoc.i18n;

import dev.flowdoc.model.Fingerprint;

import static dev.flowdoc.i18n.Projects.flowdoc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** A file that cannot be imported is rejected with errors that say where, and no data file changes. */
class ImportRejectionTest {
    private static final String STALE = "flows_group:mail_flow:mail-outbound_description";

    @TempDir
    Path dir;
    Path project;
    Path xlf;

    @BeforeEach
    void export() throws Exception {
        project = Projects.small(dir.resolve("p"));
        xlf = dir.resolve("pending.xlf");
        assertEquals(0, flowdoc("i18n", "export", "--only-pending", "--out", xlf.toString(), "--project", project.toString()).exit());
    }

    @Test
    void germanChangedSinceTheExport() throws Exception {
        XliffFiles.translate(xlf, STALE, "Required for delivering incoming emails to the internal server.");
        Projects.replace(project, "data/flows.json", "an den internen Server benötigt.", "an den internen E-Mail Server benötigt.");
        String message = rejected().err();
        assertTrue(message.contains(xlf + ":"), message);
        assertTrue(message.contains("error: unit '" + STALE + "': the German text changed since the export (fingerprint "
                + Fingerprint.of("Wird für die Zustellung eingehender E-Mails an den internen Server benötigt.") + " in the file, "
                + Fingerprint.of("Wird für die Zustellung eingehender E-Mails an den internen E-Mail Server benötigt.")
                + " in data/flows.json:32:26); export again"), message);
    }

    @Test
    void malformedXmlIsReportedWithLineAndColumn() throws Exception {
        String text = Files.readString(xlf).replace("</notes>", "</note>");
        Files.writeString(xlf, text);
        int line = text.lines().toList().indexOf("      </note>") + 1;
        String message = rejected().err();
        assertTrue(message.startsWith(xlf + ":" + line + ":"), message);
        assertTrue(message.contains("error: malformed XML: "), message);
    }

    @Test
    void unknownUnit() throws Exception {
        Files.writeString(xlf, Files.readString(xlf).replace("flow:mail-outbound_description\"", "flow:mail-outbund_description\""));
        String message = rejected().err();
        assertTrue(message.contains("error: unknown unit 'flows_group:mail_flow:mail-outbund_description': data/ has no text "
                + "flows/group:mail/flow:mail-outbund/description; did you mean '" + STALE + "'?"), message);
        assertTrue(message.matches("(?s).*pending\\.xlf:\\d+:\\d+: error: unknown unit.*"), message);
    }

    @Test
    void notXliff20() throws Exception {
        Files.writeString(xlf, Files.readString(xlf).replace("urn:oasis:names:tc:xliff:document:2.0", "urn:oasis:names:tc:xliff:document:1.2"));
        String message = rejected().err();
        assertTrue(message.contains(":2:"), message);
        assertTrue(message.contains("error: not an XLIFF 2.0 file: the root element is <xliff> in namespace"
                + " 'urn:oasis:names:tc:xliff:document:1.2' (version 2.0)"), message);
    }

    @Test
    void wrongLanguages() throws Exception {
        Files.writeString(xlf, Files.readString(xlf).replace("trgLang=\"en\"", "trgLang=\"fr\""));
        assertTrue(rejected().err().contains("error: trgLang is 'fr', expected 'en'"));
    }

    @Test
    void emptyTarget() throws Exception {
        Document doc = XliffFiles.read(xlf);
        XliffFiles.child(XliffFiles.unit(doc, STALE), "target").setTextContent("  ");
        XliffFiles.write(doc, xlf);
        assertTrue(rejected().err().contains("error: unit '" + STALE + "': the target is empty; write the English translation"));
    }

    @Test
    void aTargetThatDropsAReference() throws Exception {
        XliffFiles.translate(xlf, "flows_group:dns_flow:dns-lookup_description", "Enables name resolution (see DNS).");
        assertTrue(rejected().err().contains("the target must keep the references of the German [{menu:system.dns}], it has []"));
    }

    @Test
    void everyErrorIsReportedAndTheGoodUnitsAreNotWrittenEither() throws Exception {
        XliffFiles.translate(xlf, "endpoints_endpoint:internet_label", "The Internet");
        XliffFiles.translate(xlf, "flows_group:dns_flow:dns-lookup_description", "no reference");
        Files.writeString(xlf, Files.readString(xlf).replace("flow:mail-outbound_description\"", "flow:gone_description\""));
        Projects.Run run = rejected();
        assertTrue(run.err().contains("2 errors"), run.err());
    }

    /** Runs the import, expects exit 1 and every data file byte for byte as before. */
    private Projects.Run rejected() throws Exception {
        Map<String, String> before = Projects.snapshot(project);
        Projects.Run run = flowdoc("i18n", "import", xlf.toString(), "--project", project.toString());
        assertEquals(1, run.exit(), run.out() + run.err());
        assertTrue(run.err().contains("nothing was imported: no file in data/ was changed"), run.err());
        assertEquals(before, Projects.snapshot(project));
        try (var files = Files.list(project.resolve("data"))) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
        return run;
    }
}
