package dev.flowdoc.render.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.flowdoc.render.page.Prose.Anchor;
import dev.flowdoc.render.page.Prose.Run;
import dev.flowdoc.render.page.Prose.Url;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Asciidoctor's inline HTML as runs: each case is the HTML and the runs written as {@code [STYLE link|text]}. */
class InlineHtmlTest {
    @ParameterizedTest
    @CsvSource(delimiter = '¦', textBlock = """
            plain text                                             ¦ [PLAIN|plain text]
            <strong>bold</strong> then <em>italic</em>              ¦ [BOLD|bold][PLAIN| then ][ITALIC|italic]
            run <code>flowdoc check</code>                          ¦ [PLAIN|run ][MONOSPACE|flowdoc check]
            see <a href="#flow-mail-in" class="ref">Mail in</a>.     ¦ [PLAIN|see ][PLAIN #flow-mail-in|Mail in][PLAIN|.]
            <a href="menu.html#menu-system.dns">System › DNS</a>   ¦ [PLAIN menu#menu-system.dns|System › DNS]
            <a href="clustering.html">Clustering</a>              ¦ [PLAIN clustering#|Clustering]
            <a href="https://example.org/a.html">ext</a>           ¦ [PLAIN https://example.org/a.html|ext]
            <span class="menuseq"><b class="menu">System</b>&#160;<b class="caret">&#8250;</b> <b class="menuitem">Proxy settings</b></span> ¦ [PLAIN|System › Proxy settings]
            <a class="menuref" href="menu.html#menu-cluster"><b class="menuref">Cluster</b></a> ¦ [PLAIN menu#menu-cluster|Cluster]
            one<br>\\ntwo                                          ¦ [PLAIN|one][BR][PLAIN|two]
            x &amp; &lt;y&gt; &#8212;&#8203; z                      ¦ [PLAIN|x & <y> — z]
            <sup>1</sup><blink>t</blink><script>alert(1)</script>  ¦ [PLAIN|1t]
            source\\nline                                          ¦ [PLAIN|source line]
            """)
    void runs(String html, String expected) {
        assertEquals(expected, describe(InlineHtml.runs(html.replace("\\n", "\n"))));
    }

    static String describe(List<Run> runs) {
        return runs.stream().map(r -> r.isBreak() ? "[BR]" : "[" + r.style() + link(r) + "|" + r.text() + "]")
                .collect(Collectors.joining());
    }

    private static String link(Run r) {
        if (r.link() instanceof Anchor a) {
            return " " + (a.page() == null ? "" : a.page()) + "#" + (a.anchor() == null ? "" : a.anchor());
        }
        return r.link() instanceof Url u ? " " + u.url() : "";
    }
}
