package dev.flowdoc.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdoc.testing.TestProjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A menu path only a page names: check counts it as referenced, and the menu page has the row the link leads to. */
class MenuPathInPageTest {
    @TempDir
    Path tmp;

    @Test
    void theMenuPageHasItsRowAndCheckDoesNotCallItUnreferenced() throws IOException {
        Path project = TestProjects.copy(TestProjects.MINIMAL, tmp.resolve("p"));
        TestProjects.replace(project, "data/menu.json", "{ \"id\": \"mail-system.relaying\", \"label\": \"Relaying\" }",
                "{ \"id\": \"mail-system.relaying\", \"label\": \"Relaying\" },\n        { \"id\": \"mail-system.tls\", \"label\": \"TLS Settings\" }");
        for (String language : new String[] {"de", "en"}) {
            Path dir = project.resolve("content/" + language);
            Files.writeString(dir.resolve("index.adoc"), Files.readString(dir.resolve("index.adoc"))
                    + "\nTLS: menupath:mail-system.tls[]\n");
            Files.writeString(dir.resolve("menu.adoc"), "= Menu\n\nmenupaths::all[]\n");
        }

        TestProjects.Run check = TestProjects.run("check", "--project", project.toString());
        assertEquals(0, check.exitCode(), check.err());
        assertFalse(check.err().contains("mail-system.tls"), check.err());

        Path site = tmp.resolve("site");
        TestProjects.Run build = TestProjects.run("build", "--quiet", "--project", project.toString(), "--out", site.toString());
        assertEquals(0, build.exitCode(), build.err());
        for (String language : new String[] {"de", "en"}) {
            Document index = Jsoup.parse(site.resolve(language + "/index.html").toFile());
            Element link = index.select("a[href$=#menu-mail-system.tls]").first();
            assertTrue(link != null, language + ": a link to the row");
            assertTrue(link.text().contains("TLS Settings"), link.text());
            Document menu = Jsoup.parse(site.resolve(language + "/menu.html").toFile());
            Element row = menu.getElementById("menu-mail-system.tls");
            assertTrue(row != null, language + ": the menu page has the row");
            assertTrue(row.closest("tr").text().contains("Mail System › TLS Settings"), row.closest("tr").text());
        }
    }
}
