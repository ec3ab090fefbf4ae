package dev.flowdoc.validate;

import dev.flowdoc.diag.Problems;
import dev.flowdoc.diag.Suggest;

import dev.flowdoc.model.Content;
import dev.flowdoc.model.Language;
import dev.flowdoc.model.Page;
import dev.flowdoc.model.Project;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Both languages have the same pages and the same explicit anchors: the language switcher leads to the
 * same page and links keep working whichever language a reader picked.
 */
final class PagesPaired implements ContentValidator.Rule {
    @Override
    public void check(Project project, Content content, Problems problems) {
        for (Language language : Language.values()) {
            Language other = language.other();
            for (Page page : content.pages(language)) {
                Optional<Page> counterpart = content.page(other, page.name());
                if (counterpart.isEmpty()) {
                    problems.error(page.location(), "the page has no " + other.code() + " counterpart",
                            "create content/" + other.code() + "/" + page.name() + ".adoc with the same anchors");
                    continue;
                }
                Set<String> theirs = counterpart.get().anchors().stream().map(Page.Anchor::id).collect(Collectors.toSet());
                for (Page.Anchor anchor : page.anchors()) {
                    if (!theirs.contains(anchor.id())) {
                        problems.error(anchor.location(), "anchor '" + anchor.id() + "' is missing in content/"
                                        + other.code() + "/" + page.name() + ".adoc",
                                "both languages need the same anchors; add [[" + anchor.id() + "]] to the "
                                        + other.code() + " page"
                                        + hint(Suggest.didYouMean(anchor.id(), theirs)));
                    }
                }
            }
        }
    }

    private static String hint(String didYouMean) {
        return didYouMean == null ? "" : " (it has a similar one: " + didYouMean + ")";
    }
}
