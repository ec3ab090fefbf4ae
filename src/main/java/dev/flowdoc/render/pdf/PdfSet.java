package dev.flowdoc.render.pdf;

import dev.flowdoc.model.Language;
import dev.flowdoc.model.Profile;
import dev.flowdoc.model.Project;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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

    /** Writes all PDFs below {@code root} and returns their paths, in a stable order. */
    public List<Path> writeAll(Path root) throws IOException {
        List<Path> written = new ArrayList<>();
        for (Language language : Language.values()) {
            Path manual = root.resolve(manualPath(language));
            Files.createDirectories(manual.getParent());
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(manual), 1 << 16)) {
                new ManualPdfWriter(project, language).write(out);
            }
            written.add(manual);
            ChecklistWriter checklists = new ChecklistWriter(project, language);
            for (Profile profile : project.deployment().profiles()) {
                Path file = root.resolve(checklistPath(language, profile));
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                    checklists.write(profile, out);
                }
                written.add(file);
            }
        }
        return written;
    }
}
