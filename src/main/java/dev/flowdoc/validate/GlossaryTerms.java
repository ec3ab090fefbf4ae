package dev.flowdoc.validate;

import dev.flowdoc.diag.Problems;

import dev.flowdoc.model.Content;
import dev.flowdoc.model.Glossary;
import dev.flowdoc.model.Language;
import dev.flowdoc.model.Location;
import dev.flowdoc.model.Page;
import dev.flowdoc.model.Project;
import dev.flowdoc.model.ProjectTexts;
import dev.flowdoc.model.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English texts follow the glossary (data/glossary.json): a variant spelling of a term in an English text of
 * data/ or in a page of content/en/ is a warning at its line and column, with the spelling to write instead.
 * Always a warning, also under {@code check --strict}: a variant may be right in a quoted UI label or a name, and
 * the writer decides. References ({@code {menu:…}}, {@code flow:…[]}), anchors, cross references, literals and
 * comments are not words and are not looked at.
 */
final class GlossaryTerms implements ContentValidator.Rule {
    /** {kind:id} references inside data texts. */
    private static final Pattern DATA_REF = Pattern.compile("\\{[a-z]+:[^}]*}");
    /** What in a page is not prose: macros with their target and attributes, anchors, cross references, literals. */
    private static final Pattern PAGE_SKIP = Pattern.compile(
            "\\b[a-z]+::?[^\\s\\[]*\\[[^\\]]*]|\\[\\[[^\\]]*]]|<<[^>]*>>|`[^`]*`|^\\[.*]\\s*$|^:[\\w!-]+:.*$");

    @Override
    public void check(Project project, Content content, Problems problems) {
        Glossary glossary = project.glossary();
        if (glossary.terms().isEmpty()) {
            return;
        }
        List<Rule> rules = rules(glossary);
        data(project, rules, problems);
        for (Page page : content.pages(Language.EN)) {
            page(page, rules, problems);
        }
    }

    private record Rule(Glossary.Term term, String variant, Pattern pattern) {}

    private static List<Rule> rules(Glossary glossary) {
        List<Rule> out = new ArrayList<>();
        for (Glossary.Term t : glossary.terms()) {
            for (String v : t.enVariants()) {
                out.add(new Rule(t, v, Pattern.compile("(?<![\\p{L}\\p{N}_-])" + Pattern.quote(v) + "(?![\\p{L}\\p{N}_-])")));
            }
        }
        return out;
    }

    /** Every English text of the data (the registry of texts), at the position of the word in its file. */
    private static void data(Project project, List<Rule> rules, Problems problems) {
        for (ProjectTexts.Entry entry : project.texts().all()) {
            Text text = entry.text();
            if (text.englishLocation() == null) {
                continue;
            }
            String words = blank(text.en(), DATA_REF);
            for (Rule rule : rules) {
                if (!words.contains(rule.variant())) {
                    continue; // the pattern matches the variant as written: no need to run it (most texts have none)
                }
                Matcher m = rule.pattern().matcher(words);
                while (m.find()) {
                    warn(text.at(Language.EN, m.start()), rule, problems);
                }
            }
        }
    }

    private static void page(Page page, List<Rule> rules, Problems problems) {
        String[] lines = page.source().split("\r?\n", -1);
        boolean comment = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.strip().equals("////")) {
                comment = !comment;
                continue;
            }
            if (comment || line.startsWith("//")) {
                continue;
            }
            String words = blank(line, PAGE_SKIP);
            for (Rule rule : rules) {
                if (!words.contains(rule.variant())) {
                    continue;
                }
                Matcher m = rule.pattern().matcher(words);
                while (m.find()) {
                    warn(new Location(page.location().file(), i + 1, m.start() + 1), rule, problems);
                }
            }
        }
    }

    private static void warn(Location where, Rule rule, Problems problems) {
        problems.warning(where, "glossary: '" + rule.variant() + "' is not the glossary's spelling of '" + rule.term().en() + "'",
                "write '" + rule.term().en() + "' (data/glossary.json, term '" + rule.term().id() + "')");
    }

    /** The text with every match replaced by spaces of the same length, so that columns stay. */
    private static String blank(String text, Pattern pattern) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder(text);
        while (m.find()) {
            for (int k = m.start(); k < m.end(); k++) {
                out.setCharAt(k, ' ');
            }
        }
        return out.toString();
    }
}
