package dev.flowdoc.validate;

import dev.flowdoc.diag.Problems;

import dev.flowdoc.model.Content;
import dev.flowdoc.model.Language;
import dev.flowdoc.model.Page;
import dev.flowdoc.model.Project;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The raw HTML a page passes through to the reader ({@code ++++} blocks, {@code [pass]} paragraphs, {@code pass:[…]},
 * {@code +++…+++}) and the targets of its {@code link:} and {@code image:} macros hold nothing active, judged by
 * {@link ActiveHtml} as the converted page is in a build. A scan of the source costs microseconds where converting
 * every page would cost seconds of Asciidoctor start-up, so {@code check} stays fast and still reports what the
 * build refuses. Listing, literal and comment blocks show their content literally and are skipped.
 */
final class PassthroughsInert implements ContentValidator.Rule {
    private static final Pattern INLINE_PASS = Pattern.compile("pass:[a-z,]*\\[((?:\\\\\\]|[^\\]])*)\\]|\\+\\+\\+(.+?)\\+\\+\\+");
    private static final Pattern TARGET = Pattern.compile("(?<![\\w:])(link|image|video|audio):{1,2}([^\\s\\[]+)\\[");
    private static final Pattern VERBATIM = Pattern.compile("(-{4,}|\\.{4,}|/{4,})");

    @Override
    public void check(Project project, Content content, Problems problems) {
        for (Language language : Language.values()) {
            for (Page page : content.pages(language)) {
                StringBuilder html = new StringBuilder();
                scan(page.source(), html);
                if (!html.isEmpty()) {
                    ActiveHtml.check(page, html.toString(), problems);
                }
            }
        }
    }

    /** Appends to {@code html} what the page lets through as HTML, in source order. */
    static void scan(String source, StringBuilder html) {
        String[] lines = source.split("\r?\n", -1);
        String closing = null;
        boolean passBlock = false;
        boolean passParagraph = false;
        for (String line : lines) {
            String bare = line.strip();
            if (closing != null) {
                if (bare.equals(closing)) {
                    closing = null;
                } else if (passBlock) {
                    html.append(line).append('\n');
                }
                continue;
            }
            if (passParagraph) {
                if (bare.isEmpty()) {
                    passParagraph = false;
                } else {
                    html.append(line).append('\n');
                }
                continue;
            }
            if (bare.matches("\\+{4,}")) {
                closing = bare;
                passBlock = true;
                continue;
            }
            if (VERBATIM.matcher(bare).matches()) {
                closing = bare;
                passBlock = false;
                continue;
            }
            if (bare.equals("[pass]")) {
                passParagraph = true;
                continue;
            }
            if (bare.startsWith("//")) {
                continue;
            }
            Matcher pass = INLINE_PASS.matcher(line);
            while (pass.find()) {
                html.append(pass.group(1) != null ? pass.group(1).replace("\\]", "]") : pass.group(2)).append('\n');
            }
            Matcher target = TARGET.matcher(line);
            while (target.find()) {
                String attribute = target.group(1).equals("link") ? "href" : "src";
                html.append("<a ").append(attribute).append("=\"").append(target.group(2).replace("\"", "&quot;"))
                        .append("\"></a>\n");
            }
        }
    }
}
