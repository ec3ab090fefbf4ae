package dev.flowdoc.render.html;

import dev.flowdoc.model.Page;
import dev.flowdoc.validate.ActiveHtml;
import dev.flowdoc.diag.Problems;

/**
 * Nothing in a page may reach a reader as code. Data texts are escaped before they reach AsciiDoc; prose can still
 * carry raw HTML through passthroughs ({@code ++++}, {@code pass:[…]}) or a {@code javascript:} link. Validation
 * finds those in the source already; the converted body is checked once more by the same judge, for any form
 * the source scan does not know.
 */
public final class ActiveContent {
    private ActiveContent() {}

    /** Reports every active part of {@code body}, the HTML converted from {@code page}. */
    public static void check(Page page, String body, Problems problems) {
        ActiveHtml.check(page, body, problems);
    }
}
