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

    /** Where a PDF's bytes go: {@code file} below the output root, written by {@code body}. */
    @FunctionalInterface
    public interface Output {
        void write(Path file, Body body) throws IOException;
    }

    @FunctionalInterface
    public interface Body {
        void write(OutputStream out) throws IOException;
    }

    /** Writes all PDFs below {@code root} and returns their paths, in a stable order. */
    public List<Path> writeAll(Path root) throws IOException {
        return writeAll(root, (file, body) -> {
            Files.createDirectories(file.getParent());
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                body.write(out);
            }
        });
    }

    /** The same, each file through {@code output} (e.g. written beside and moved into place). */
    public List<Path> writeAll(Path root, Output output) throws IOException {
        List<Path> written = new ArrayList<>();
        for (Language language : Language.values()) {
            Path manual = root.resolve(manualPath(language));
            output.write(manual, out -> new ManualPdfWriter(project, language).write(out));
            written.add(manual);
            ChecklistWriter checklists = new ChecklistWriter(project, language);
            for (Profile profile : project.deployment().profiles()) {
                Path file = root.resolve(checklistPath(language, profile));
                output.write(file, out -> checklists.write(profile, out));
                written.add(file);
            }
        }
        return written;
    }
}
