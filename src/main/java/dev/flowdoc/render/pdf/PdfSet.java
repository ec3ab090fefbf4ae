package dev.flowdoc.render.pdf;

import dev.flowdoc.model.Language;
import dev.flowdoc.model.Profile;
import dev.flowdoc.model.Theme;
import dev.flowdoc.render.diagram.Diagrams;
import dev.flowdoc.render.page.Prose;
import dev.flowdoc.view.Documentation;
import java.io.ByteArrayOutputStream;
import dev.flowdoc.view.DocView;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

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
        return manuals(prose, Runnable::run);
    }

    /** The same, each language's manual a task on {@code executor} (the documents are independent). */
    public Map<String, byte[]> manuals(Map<Language, Prose> prose, Executor executor) throws IOException {
        Map<String, CompletableFuture<byte[]>> files = new LinkedHashMap<>();
        for (Language language : Language.values()) {
            files.put(manualPath(language), task(executor, out ->
                    new ManualPdfWriter(docs.view(language), prose.get(language), theme, date, diagrams).write(out)));
        }
        return join(files);
    }

    /** Every profile's checklist in each language, by site path, in a stable order. */
    public Map<String, byte[]> checklists() throws IOException {
        return checklists(Runnable::run);
    }

    /**
     * The same, each checklist a task on {@code executor}, the longest first and the languages alternating (the
     * checklists of one language share its diagrams: two threads drawing them at once would wait for each other's
     * layouts). The map's order is that of {@link #checklists()}.
     */
    public Map<String, byte[]> checklists(Executor executor) throws IOException {
        record Job(Language language, Profile profile, DocView view, long rows) {}
        List<Job> jobs = new ArrayList<>();
        for (Language language : Language.values()) {
            for (Profile profile : docs.project().deployment().profiles()) {
                DocView view = docs.profile(profile, language);
                jobs.add(new Job(language, profile, view, view.rows().count()));
            }
        }
        Map<Language, ChecklistWriter> writers = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            writers.put(language, new ChecklistWriter(docs.view(language), theme, date, diagrams));
        }
        // by identity: a view's hash would walk all its rows
        Map<Job, CompletableFuture<byte[]>> started = new IdentityHashMap<>();
        jobs.stream().sorted(Comparator.comparingLong(Job::rows).reversed()).forEach(job -> started.put(job,
                task(executor, out -> writers.get(job.language()).write(job.view(), job.profile(), out))));
        Map<String, CompletableFuture<byte[]>> files = new LinkedHashMap<>();
        for (Job job : jobs) {
            files.put(checklistPath(job.language(), job.profile()), started.get(job));
        }
        return join(files);
    }

    private interface Writing {
        void write(ByteArrayOutputStream out) throws IOException;
    }

    private static CompletableFuture<byte[]> task(Executor executor, Writing writing) {
        return CompletableFuture.supplyAsync(() -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
            try {
                writing.write(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        }, executor);
    }

    /** Waits for every document; the first failure is thrown as it was thrown. */
    private static Map<String, byte[]> join(Map<String, CompletableFuture<byte[]>> futures) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Map.Entry<String, CompletableFuture<byte[]>> e : futures.entrySet()) {
            try {
                files.put(e.getKey(), e.getValue().join());
            } catch (CompletionException failed) {
                Throwable cause = failed.getCause();
                if (cause instanceof UncheckedIOException io) {
                    throw io.getCause();
                }
                if (cause instanceof RuntimeException re) {
                    throw re;
                }
                if (cause instanceof Error err) {
                    throw err;
                }
                throw failed;
            }
        }
        return files;
    }
}
