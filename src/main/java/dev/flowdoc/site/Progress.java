package dev.flowdoc.site;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress of long work for a person at a terminal: one line per finished stage with its counts and time,
 * on standard error. Silent unless asked for (a terminal, or --verbose); never part of the output a script reads.
 * Stages may finish on several threads at once; lines are written whole.
 */
public final class Progress {
    private static final Progress SILENT = new Progress(null);

    private final PrintWriter err;
    private final long start = System.nanoTime();

    private Progress(PrintWriter err) {
        this.err = err;
    }

    public static Progress silent() {
        return SILENT;
    }

    public static Progress to(PrintWriter err) {
        return new Progress(err);
    }

    public boolean enabled() {
        return err != null;
    }

    /** A stage that starts now; {@link Stage#done} prints it with its time. */
    public Stage stage(String name) {
        return new Stage(name, System.nanoTime());
    }

    /** A running stage. */
    public final class Stage {
        private final String name;
        private final long started;

        private Stage(String name, long started) {
            this.name = name;
            this.started = started;
        }

        /** Prints "name: what (0.12 s, at 0.80 s)"; {@code what} says what was done (counts), may be empty. */
        public void done(String what) {
            if (err == null) {
                return;
            }
            long now = System.nanoTime();
            String line = String.format(Locale.ROOT, "flowdoc: %-22s %s(%.2f s, at %.2f s)", name + ":",
                    what == null || what.isEmpty() ? "" : what + " ", (now - started) / 1e9, (now - start) / 1e9);
            synchronized (err) {
                err.println(line);
                err.flush();
            }
        }
    }
}
