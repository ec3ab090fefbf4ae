package dev.flowdoc.validate;

import dev.flowdoc.diag.Problems;

import dev.flowdoc.model.Content;
import dev.flowdoc.model.Project;
import java.util.List;

/** Runs the rules that tie content/ to the data: both languages alike, every target resolves. */
public final class ContentValidator {
    private final List<Rule> rules;

    public ContentValidator(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static ContentValidator standard() {
        return new ContentValidator(List.of(new PagesPaired(), new ContentReferencesResolve(), new ChaptersHavePages(),
                new GroupsShownInTables(), new GlossaryTerms(), new PassthroughsInert(), new MenuEntriesReferenced()));
    }

    public Problems validate(Project project, Content content) {
        Problems problems = new Problems();
        for (Rule rule : rules) {
            rule.check(project, content, problems);
        }
        return problems;
    }

    /** One concern of content validation. */
    public interface Rule {
        void check(Project project, Content content, Problems problems);
    }
}
