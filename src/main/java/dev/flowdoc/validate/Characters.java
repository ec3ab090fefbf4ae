package dev.flowdoc.validate;

import dev.flowdoc.diag.Problems;

import dev.flowdoc.model.Content;
import dev.flowdoc.model.Flow;
import dev.flowdoc.model.FontCoverage;
import dev.flowdoc.model.Group;
import dev.flowdoc.model.Language;
import dev.flowdoc.model.Location;
import dev.flowdoc.model.MenuEntry;
import dev.flowdoc.model.Page;
import dev.flowdoc.model.PortSpec;
import dev.flowdoc.model.Project;
import dev.flowdoc.model.Text;
import dev.flowdoc.model.ProjectTexts;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Every character of every text (data/) and page (content/) can be shown: no control characters but tab and line
 * breaks, and nothing the theme's PDF fonts (with their fallbacks) have no glyph for. The coverage is the loader's;
 * without it (the fonts could not be read, which is reported there) only control characters are checked.
 */
public final class Characters implements Validator.Rule {
    private final FontCoverage fonts;

    public Characters(FontCoverage fonts) {
        this.fonts = fonts;
    }

    @Override
    public void check(Project project, Problems problems) {
        for (ProjectTexts.Entry e : project.texts().all()) {
            for (Language lang : Language.values()) {
                String what = e.describe() + " (" + (lang == Language.DE ? "German" : "English") + "): ";
                characters(e.text(), lang, what, problems);
            }
        }
        text(project.product().name(), project.product().location(), "product name: ", problems);
        for (MenuEntry m : project.menu()) {
            text(m.label(), m.location(), "menu entry '" + m.id() + "' label: ", problems);
        }
        for (Group g : project.groups()) {
            for (Flow f : g.flows()) {
                for (PortSpec p : f.ports()) {
                    if (p.service() != null) {
                        text(p.service(), f.location(), "flow '" + f.id() + "' service: ", problems);
                    }
                }
            }
        }
    }

    /** The pages alone, each character at its line and column (counted in UTF-16 units, as editors do). */
    public void check(Content content, Problems problems) {
        for (Language language : Language.values()) {
            for (Page page : content.pages(language)) {
                String source = page.source();
                Set<Integer> seen = new HashSet<>();
                int line = 1;
                int lineStart = 0;
                for (int i = 0; i < source.length(); ) {
                    int cp = source.codePointAt(i);
                    if (cp == '\n') {
                        line++;
                        lineStart = i + 1;
                    } else if (!fine(cp) && seen.add(cp)) {
                        report(cp, new Location(page.location().file(), line, i - lineStart + 1), "", problems);
                    }
                    i += Character.charCount(cp);
                }
            }
        }
    }

    /** Each character no font has, or each control character, once, at its own place in the string. */
    private void characters(Text text, Language lang, String what, Problems problems) {
        String s = text.in(lang);
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int i = 0; i < s.length(); i += Character.charCount(s.codePointAt(i))) {
            int cp = s.codePointAt(i);
            if (!fine(cp) && seen.add(cp)) {
                report(cp, text.at(lang, i), what, problems);
            }
        }
    }

    private void text(String text, Location at, String what, Problems problems) {
        if (text == null || at == null) {
            return;
        }
        text.codePoints().filter(cp -> !fine(cp)).distinct().forEach(cp -> report(cp, at, what, problems));
    }

    private boolean fine(int cp) {
        if (cp == '\t' || cp == '\n' || cp == '\r') {
            return true;
        }
        if (Character.getType(cp) == Character.CONTROL || Character.getType(cp) == Character.SURROGATE) {
            return false;
        }
        return fonts == null || fonts.drawable(cp);
    }

    private static void report(int cp, Location at, String what, Problems problems) {
        String code = String.format(Locale.ROOT, "U+%04X", cp);
        String name = Character.getName(cp);
        String named = name == null ? "" : " (" + name + ")";
        if (Character.getType(cp) == Character.CONTROL) {
            problems.error(at, what + "control character " + code + named + " is not allowed in a text",
                    "delete it; texts may hold tabs and line breaks, no other control characters");
        } else if (Character.getType(cp) == Character.SURROGATE) {
            problems.error(at, what + code + " is half of a character (a lone surrogate)",
                    "delete it, or write the whole character");
        } else {
            problems.error(at, what + code + " cannot be shown in the PDFs",
                    "the theme's fonts have no glyph for it" + named
                            + "; delete or replace it, or name a font that has it under fallback= in themes/default/fonts/fonts.properties");
        }
    }
}
