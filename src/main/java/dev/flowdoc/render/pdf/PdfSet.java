package dev.flowdoc.render.pdf;

import dev.flowdoc.model.Language;
import dev.flowdoc.model.Profile;
import dev.flowdoc.model.Project;
import dev.flowdoc.render.page.Prose;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every PDF of a project, for the site build: per language the manual page ({@code LANG/index.pdf}) and the
 * checklist of every profile ({@code LANG/checklist-PROFILE.pdf}).
 */
public final class PdfSet {
    private final Project project;

    public PdfSet(Project project) {
        this.project = project;
    }

    /** The path of a profile's checklist below the output root, e.g. "de/checklist-minimal.pdf". */
    public static String checklistPath(Language language, Profile profile) {
        return language.code() + "/checklist-" + profile.id() + ".pdf";
    }

    public static String manualPath(Language language) {
        return language.code() + "/" + ManualPdfWriter.PAGE + ".pdf";
    }

    /**
     * Writes all PDFs below {@code root} and returns their paths, in a stable order (per language the manual, then
     * the checklists). {@code prose}: the manual page of each language, as read from its converted document.
     */
    public List<Path> writeAll(Path root, Map<Language, Prose> prose) throws IOException {
        List<Path> written = new ArrayList<>();
        for (Language language : Language.values()) {
            written.add(writeManual(root, language, prose.get(language)));
            written.addAll(writeChecklists(root, language));
        }
        return written;
    }

    /** The manual of each language, from its prose; returns the paths in language order. */
    public List<Path> writeManuals(Path root, Map<Language, Prose> prose) throws IOException {
        List<Path> written = new ArrayList<>();
        for (Language language : Language.values()) {
            written.add(writeManual(root, language, prose.get(language)));
        }
        return written;
    }

    /** Every profile's checklist in both languages (they need no page: they can be written before Asciidoctor is ready). */
    public List<Path> writeChecklists(Path root) throws IOException {
        List<Path> written = new ArrayList<>();
        for (Language language : Language.values()) {
            written.addAll(writeChecklists(root, language));
        }
        return written;
    }

    private Path writeManual(Path root, Language language, Prose prose) throws IOException {
        Path manual = root.resolve(manualPath(language));
        Files.createDirectories(manual.getParent());
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(manual), 1 << 16)) {
            new ManualPdfWriter(project, language, prose != null ? prose : ManualPdfWriter.tableOnly(project)).write(out);
        }
        return manual;
    }

    private List<Path> writeChecklists(Path root, Language language) throws IOException {
        List<Path> written = new ArrayList<>();
        ChecklistWriter checklists = new ChecklistWriter(project, language);
        for (Profile profile : project.deployment().profiles()) {
            Path file = root.resolve(checklistPath(language, profile));
            Files.createDirectories(file.getParent());
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                checklists.write(profile, out);
            }
            written.add(file);
        }
        return written;
    }
}
