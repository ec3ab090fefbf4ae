package dev.flowdoc.render.pdf;

import dev.flowdoc.model.Language;
import dev.flowdoc.model.Profile;
import dev.flowdoc.model.Theme;
import dev.flowdoc.render.diagram.Diagrams;
import dev.flowdoc.render.page.Prose;
import dev.flowdoc.view.Documentation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every PDF of a site build, from the views: per language the manual page ({@code LANG/index.pdf}) and the
 * checklist of every profile ({@code LANG/checklist-PROFILE.pdf}). Returns their bytes; writing is the caller's.
 */
public final class PdfSet {
    private final Documentation docs;
    private final Theme theme;
    private final Instant date;
    private final Diagrams diagrams;

    public PdfSet(Documentation docs, Theme theme, Instant date) {
        this(docs, theme, date, new Diagrams());
    }

    /** {@code diagrams}: the build's laid-out diagrams, shared with the pages. */
    public PdfSet(Documentation docs, Theme theme, Instant date, Diagrams diagrams) {
        this.diagrams = diagrams;
        this.docs = docs;
        this.theme = theme;
        this.date = date;
    }

    /** The path of a profile's checklist below the output root, e.g. "de/checklist-minimal.pdf". */
    public static String checklistPath(Language language, Profile profile) {
        return language.code() + "/checklist-" + profile.id() + ".pdf";
    }

    public static String manualPath(Language language) {
        return language.code() + "/" + ManualPdfWriter.PAGE + ".pdf";
    }

    /** The manual PDF of each language, by site path; {@code prose}: the main page of each language as read. */
    public Map<String, byte[]> manuals(Map<Language, Prose> prose) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Language language : Language.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
            new ManualPdfWriter(docs.view(language), prose.get(language), theme, date, diagrams).write(out);
            files.put(manualPath(language), out.toByteArray());
        }
        return files;
    }

    /** Every profile's checklist in each language, by site path, in a stable order. */
    public Map<String, byte[]> checklists() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Language language : Language.values()) {
            ChecklistWriter checklists = new ChecklistWriter(docs.view(language), theme, date, diagrams);
            for (Profile profile : docs.project().deployment().profiles()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
                checklists.write(docs.profile(profile, language), profile, out);
                files.put(checklistPath(language, profile), out.toByteArray());
            }
        }
        return files;
    }
}
