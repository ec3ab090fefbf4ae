package dev.flowdoc.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.flowdoc.model.Language;
import dev.flowdoc.model.Page;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdocScannerTest {
    @Test
    void findsAnchorsMacrosAndXrefsWithPositions() {
        String source = String.join("\n",
                "= Title",
                "",
                "flowtable::dns[]",
                "",
                "[[one]]",
                "== One",
                "See flow:dns-a[] and <<two,the other>> or xref:other.adoc#x[there].",
                "[#two.role]",
                "// flow:commented[] is not a reference",
                "----",
                "group:in-listing[]",
                "----",
                "menupath:system.dns[]");
        Page page = AdocScanner.scan(Language.EN, "p", "content/en/p.adoc", source);
        assertEquals("Title", page.title());
        assertEquals(List.of("one@5:3", "two@8:3"),
                page.anchors().stream().map(a -> a.id() + "@" + a.location().line() + ":" + a.location().column()).toList());
        assertEquals(List.of("flowtable::dns@3:12", "flow:dns-a@7:10", "menupath:system.dns@13:10"),
                page.macros().stream().map(m -> m.name() + (m.block() ? "::" : ":") + m.target() + "@"
                        + m.location().line() + ":" + m.location().column()).toList());
        assertEquals(List.of("null#two@7:24", "other#x@7:48"),
                page.xrefs().stream().map(x -> x.page() + "#" + x.anchor() + "@" + x.location().line() + ":" + x.location().column()).toList());
        assertEquals(List.of("dns"), page.flowTables());
    }
}
