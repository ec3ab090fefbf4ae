package dev.flowdoc.validate;

import dev.flowdoc.diag.Problems;

import dev.flowdoc.model.Chapter;
import dev.flowdoc.model.Content;
import dev.flowdoc.model.Language;
import dev.flowdoc.model.Page;
import dev.flowdoc.model.Project;
import java.util.Optional;

/** Every chapter of data/chapters.json points to an existing page and anchor, in both languages. */
final class ChaptersHavePages implements ContentValidator.Rule {
    @Override
    public void check(Project project, Content content, Problems problems) {
        if (content.isEmpty()) {
            return; // a data-only project: chapters cannot be checked, nothing is rendered either
        }
        for (Chapter chapter : project.chapters()) {
            for (Language language : Language.values()) {
                String file = "content/" + language.code() + "/" + chapter.page() + ".adoc";
                Optional<Page> page = content.page(language, chapter.page());
                if (page.isEmpty()) {
                    problems.error(chapter.location(), "chapter '" + chapter.id() + "': page " + file + " does not exist",
                            "create the page or correct \"page\" in data/chapters.json");
                } else if (chapter.anchor() != null && page.get().anchors().stream().noneMatch(a -> a.id().equals(chapter.anchor()))) {
                    problems.error(chapter.location(), "chapter '" + chapter.id() + "': anchor '" + chapter.anchor()
                            + "' is not defined in " + file, "add [[" + chapter.anchor() + "]] above the section");
                }
            }
        }
    }
}
