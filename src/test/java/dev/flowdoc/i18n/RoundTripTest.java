package dev.flowdoc.i18n;

import dev.flowdoc.model.Fingerprint;

import static dev.flowdoc.i18n.Projects.flowdoc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Export, translate in the XLIFF file, import: the status is clean and only the translated texts changed. */
class RoundTripTest {
    private static final String STALE = "flows_group:mail_flow:mail-outbound_description";
    private static final String MISSING_ONE_LINE = "endpoints_endpoint:internet_label";
    private static final String MISSING_MULTI_LINE = "flows_group:dns_flow:dns-lookup_description";

    @TempDir
    Path dir;

    @Test
    void exportWritesXliff20WithContextAndStates() throws Exception {
        Path project = Projects.small(dir.resolve("p"));
        Path xlf = dir.resolve("all.xlf");
        Projects.Run run = flowdoc("i18n", "export", "--out", xlf.toString(), "--project", project.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals("flowdoc i18n export: 9 units (3 to translate, state initial) written to " + xlf, run.out().strip());

        Document doc = XliffFiles.read(xlf);
        Element root = doc.getDocumentElement();
        assertEquals(XliffFiles.NS, root.getNamespaceURI());
        assertEquals("2.0", root.getAttribute("version"));
        assertEquals("de", root.getAttribute("srcLang"));
        assertEquals("en", root.getAttribute("trgLang"));
        assertEquals(9, doc.getElementsByTagNameNS(XliffFiles.NS, "unit").getLength());

        Element stale = XliffFiles.unit(doc, STALE);
        assertEquals("flows/group:mail/flow:mail-outbound/description", stale.getAttribute("name"));
        assertEquals("initial", XliffFiles.child(stale, "segment").getAttribute("state"));
        assertEquals("Wird für die Zustellung eingehender E-Mails an den internen Server benötigt.",
                XliffFiles.child(stale, "source").getTextContent());
        assertEquals("Required for delivering emails to the \"internal\" server.", XliffFiles.child(stale, "target").getTextContent());
        assertEquals(List.of("location: data/flows.json:32:26",
                "context: group 'mail' („E-Mail Kommunikation“) › flow 'mail-outbound' (TCP 25 SMTP, appliance → mail-server)",
                "field: description",
                "state: stale: the German changed since this English was translated; the target is the old translation,"
                        + " check it against the new German"), notes(stale));
        String meta = stale.getElementsByTagNameNS("urn:oasis:names:tc:xliff:metadata:2.0", "meta").item(0).getTextContent();
        assertEquals(Fingerprint.of("Wird für die Zustellung eingehender E-Mails an den internen Server benötigt."), meta);

        Element current = XliffFiles.unit(doc, "flows_group:mail_note:1");
        assertEquals("final", XliffFiles.child(current, "segment").getAttribute("state"));
        assertEquals("field: note 1", notes(current).get(2));
    }

    @Test
    void onlyPendingExportsMissingAndStaleTexts() throws Exception {
        Path project = Projects.small(dir.resolve("p"));
        Path xlf = dir.resolve("pending.xlf");
        assertEquals(0, flowdoc("i18n", "export", "--only-pending", "--out", xlf.toString(), "--project", project.toString()).exit());
        Document doc = XliffFiles.read(xlf);
        List<String> ids = new ArrayList<>();
        var units = doc.getElementsByTagNameNS(XliffFiles.NS, "unit");
        for (int i = 0; i < units.getLength(); i++) {
            ids.add(((Element) units.item(i)).getAttribute("id"));
        }
        assertEquals(List.of(MISSING_ONE_LINE, STALE, MISSING_MULTI_LINE), ids);
    }

    @Test
    void translateAndImportMakesTheStatusCleanAndChangesOnlyThoseTexts() throws Exception {
        Path project = Projects.small(dir.resolve("p"));
        Map<String, String> before = Projects.snapshot(project);
        Path xlf = dir.resolve("pending.xlf");
        assertEquals(0, flowdoc("i18n", "export", "--only-pending", "--out", xlf.toString(), "--project", project.toString()).exit());
        XliffFiles.translate(xlf, STALE, "Required for delivering incoming emails to the \"internal\" server\\.");
        XliffFiles.translate(xlf, MISSING_ONE_LINE, "The Internet");
        XliffFiles.translate(xlf, MISSING_MULTI_LINE, "Enables name resolution (see {menu:system.dns}).");

        Projects.Run run = flowdoc("i18n", "import", xlf.toString(), "--project", project.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("flowdoc i18n import: 3 texts updated, 0 left pending, 0 skipped"), run.out());
        assertEquals(0, flowdoc("i18n", "status", "--strict", "--project", project.toString()).exit());

        Map<String, String> after = Projects.snapshot(project);
        assertEquals(before.get("data/product.json"), after.get("data/product.json"));
        assertEquals(before.get("data/menu.json"), after.get("data/menu.json"));
        assertEquals(before.get("data/endpoints.json").replace(
                        "{ \"de\": \"Internet\", \"en\": \"Internet\" }",
                        "{ \"de\": \"Internet\", \"en\": \"The Internet\", \"src\": \"" + Fingerprint.of("Internet") + "\" }"),
                after.get("data/endpoints.json"));
        String de = "Wird für die Zustellung eingehender E-Mails an den internen Server benötigt.";
        String dns = "Ermöglicht die Namensauflösung (siehe {menu:system.dns}).";
        String expected = before.get("data/flows.json")
                .replace("\"en\": \"Required for delivering emails to the \\\"internal\\\" server.\",\n"
                                + "            \"src\": \"" + Fingerprint.of("Wird für die Zustellung von E-Mails benötigt.") + "\"",
                        "\"en\": \"Required for delivering incoming emails to the \\\"internal\\\" server\\\\.\",\n"
                                + "            \"src\": \"" + Fingerprint.of(de) + "\"")
                .replace("\"en\": \"Enables name resolution (see {menu:system.dns}).\"\n",
                        "\"en\": \"Enables name resolution (see {menu:system.dns}).\",\n"
                                + "            \"src\": \"" + Fingerprint.of(dns) + "\"\n");
        assertEquals(expected, after.get("data/flows.json"));
        List<String> diff = LineDiff.of(before.get("data/flows.json"), after.get("data/flows.json"));
        String oldSrc = Fingerprint.of("Wird für die Zustellung von E-Mails benötigt.");
        assertEquals(List.of(
                "-34: \"en\": \"Required for delivering emails to the \\\"internal\\\" server.\",",
                "-35: \"src\": \"" + oldSrc + "\"",
                "+34: \"en\": \"Required for delivering incoming emails to the \\\"internal\\\" server\\\\.\",",
                "+35: \"src\": \"" + Fingerprint.of(de) + "\"",
                "-52: \"en\": \"Enables name resolution (see {menu:system.dns}).\"",
                "+52: \"en\": \"Enables name resolution (see {menu:system.dns}).\",",
                "+53: \"src\": \"" + Fingerprint.of(dns) + "\""), diff.stream().sorted(java.util.Comparator.comparingInt(RoundTripTest::order)).toList());
    }

    /** Removals before additions within one changed block; blocks in file order. */
    private static int order(String line) {
        int n = Integer.parseInt(line.substring(1, line.indexOf(':')));
        return (n < 50 ? 0 : 1000) + (line.charAt(0) == '-' ? 0 : 500) + n;
    }

    @Test
    void onTheRepositoryTheDiffShowsOnlyTheChangedTextAndItsFingerprint() throws Exception {
        Path project = Projects.repository(dir.resolve("p"));
        String original = Projects.read(project, "data/flows.json");
        Projects.replace(project, "data/flows.json", "aus dem Internet benötigt\"", "aus dem Internet (SMTP) benötigt\"");
        Map<String, String> before = Projects.snapshot(project);
        Path xlf = dir.resolve("pending.xlf");
        assertEquals(0, flowdoc("i18n", "export", "--only-pending", "--out", xlf.toString(), "--project", project.toString()).exit());
        XliffFiles.translate(xlf, "flows_group:mail_flow:mail-inbound-direct_description",
                "Required for receiving emails directly from the Internet (SMTP)");
        assertEquals(0, flowdoc("i18n", "import", xlf.toString(), "--project", project.toString()).exit());
        assertEquals(0, flowdoc("i18n", "status", "--strict", "--project", project.toString()).exit());

        Map<String, String> after = Projects.snapshot(project);
        for (String file : before.keySet()) {
            if (!file.equals("data/flows.json")) {
                assertEquals(before.get(file), after.get(file), file);
            }
        }
        List<String> a = original.lines().toList();
        List<String> b = after.get("data/flows.json").lines().toList();
        assertEquals(a.size(), b.size());
        List<Integer> differ = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equals(b.get(i))) {
                differ.add(i + 1);
            }
        }
        assertEquals(List.of(64, 65, 66), differ, "de, en and src of that one text");
        assertTrue(b.get(64).endsWith("\"en\": \"Required for receiving emails directly from the Internet (SMTP)\","), b.get(64));
    }

    private static List<String> notes(Element unit) {
        List<String> out = new ArrayList<>();
        var notes = unit.getElementsByTagNameNS(XliffFiles.NS, "note");
        for (int i = 0; i < notes.getLength(); i++) {
            Element n = (Element) notes.item(i);
            out.add(n.getAttribute("category") + ": " + n.getTextContent());
        }
        return out;
    }
}
